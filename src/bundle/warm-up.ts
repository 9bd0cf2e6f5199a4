/**
 * One run of the command line on a page, its output thrown away. The build
 * runs it before it saves what V8 compiled (the code cache) or the whole
 * heap (the start-up snapshot), so that both hold what cleaning a page needs,
 * not only what starting needs.
 */
import type { main as Main } from '../cli.js';

export async function warmUp(main: typeof Main, page: string): Promise<void> {
  const discard = { write: () => true, on() {}, once() {}, end() {}, isTTY: false } as unknown as NodeJS.WritableStream;
  const io = { argv: [page], env: {}, cwd: process.cwd(), stdout: discard, stderr: process.stderr };
  // A getter, as in this-process.ts: a run over a file never reads stdin, and a snapshot must not hold its stream.
  const code = await main({ ...io, get stdin() { return process.stdin; } });
  if (code !== 0) throw new Error(`the warm-up run on ${page} failed (exit ${code})`);
}
