/**
 * A progress line on stderr for batches: files, MB, rate and ETA. Shown when
 * stderr is a terminal (or with --progress); otherwise nothing is printed.
 */
const REDRAW_MS = 200;

export class Progress {
  private readonly started = Date.now();
  private files = 0;
  private bytes = 0;
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    mode: 'auto' | 'always' | 'never',
    private readonly total: number,
  ) {
    this.enabled = total > 1 && (mode === 'always' || (mode === 'auto' && stream.isTTY === true));
  }

  update(bytes: number): void {
    this.files++;
    this.bytes += bytes;
    if (!this.enabled || Date.now() - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = Date.now();
    this.stream.write(`\r${this.line()}\x1b[K`);
  }

  /** Clears the line while other stderr output is written, so the two do not mix. */
  async around(write: () => Promise<void>): Promise<void> {
    if (this.enabled) this.stream.write('\r\x1b[K');
    await write();
  }

  finish(): void {
    if (this.enabled) this.stream.write(`\r${this.line()}\x1b[K\n`);
  }

  private line(): string {
    const seconds = Math.max(0.001, (Date.now() - this.started) / 1000);
    const rate = this.bytes / 1e6 / seconds;
    const eta = this.files > 0 ? ((this.total - this.files) * seconds) / this.files : 0;
    const width = 24;
    const filled = Math.round((width * this.files) / this.total);
    return (
      `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.files}/${this.total} files  ` +
      `${(this.bytes / 1e6).toFixed(1)} MB  ${rate.toFixed(1)} MB/s  ETA ${Math.floor(eta / 60)}:${String(Math.round(eta % 60)).padStart(2, '0')}`
    );
  }
}
