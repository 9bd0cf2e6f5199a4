/**
 * A writable stream that respects back-pressure and treats a closed reader
 * (`clean-ocr big.txt | head`) as the end of the run, not as an error.
 */
export class Sink {
  broken = false;

  constructor(private readonly stream: NodeJS.WritableStream) {
    // EPIPE is the common case; after any write error nothing more can be written anyway.
    stream.on('error', () => {
      this.broken = true;
    });
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.broken || chunk.length === 0) return;
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
  }
}
