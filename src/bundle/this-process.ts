/** The command line run on this process: its arguments, environment and streams; the exit code becomes the process's. */
import { main } from '../cli.js';

export function runThisProcess(argv: readonly string[]): void {
  void main({
    argv,
    env: process.env,
    cwd: process.cwd(),
    // A getter: Node creates process.stdin on first access, which costs milliseconds a run over files does not need.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
  }).then((code) => {
    process.exitCode = code;
  });
}
