export class SlotTimeout extends Error {
  constructor(readonly waitedMs: number) {
    super(`no slot free within ${waitedMs} ms`);
    this.name = "SlotTimeout";
  }
}

/** A counting semaphore: at most `limit` tasks run at once, the rest wait in arrival order. */
export class Limiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  /**
   * A slot held until the returned release is called (a stream that yields while it runs); with
   * `timeoutMs`, a wait longer than that rejects (the caller then does without the model).
   */
  async acquire(timeoutMs?: number): Promise<() => void> {
    if (this.running >= this.limit) {
      await new Promise<void>((resolve, reject) => {
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer =
          timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                const at = this.waiting.indexOf(wake);
                if (at >= 0) this.waiting.splice(at, 1);
                reject(new SlotTimeout(timeoutMs));
              }, timeoutMs);
        this.waiting.push(wake);
      });
    }
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      this.waiting.shift()?.();
    };
  }

  get active(): number {
    return this.running;
  }
}
