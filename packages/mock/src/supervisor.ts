// Prism kept running: restarted whenever it exits, the layer told where it is (or that it is away), given up on a crash loop.
import type { Prism } from './prism.ts';

export interface SupervisorOptions {
  /** Starts one Prism process. */
  start: () => Promise<Prism>;
  /** Receives one line per restart. */
  log?: (line: string) => void;
  /** Called once when Prism keeps failing: it exited or failed to start `maxFailures` times in a row. */
  onGiveUp: (error: Error) => void;
  /** Default 5. */
  maxFailures?: number;
  /** A Prism that ran this long before exiting was healthy: its exit starts a fresh count (default 10 s). */
  stableMs?: number;
}

/** Waits before the next start after repeated failures: 0, 250, 500, 1000, then 2000 ms. */
const backoff = (failures: number): number => (failures <= 1 ? 0 : Math.min(2_000, 250 * 2 ** (failures - 2)));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Supervisor {
  readonly #options: Required<Omit<SupervisorOptions, 'log'>> & Pick<SupervisorOptions, 'log'>;
  #prism: Prism;
  #startedAt = Date.now();
  #up = true;
  #failures = 0;
  #restarts = 0;
  #stopping = false;
  #restarting: Promise<void> | undefined;

  private constructor(prism: Prism, options: SupervisorOptions) {
    this.#options = { maxFailures: 5, stableMs: 10_000, ...options };
    this.#prism = prism;
    this.#watch(prism);
  }

  /** Starts Prism (a failure here is the caller's to report) and keeps it running from then on. */
  static async start(options: SupervisorOptions): Promise<Supervisor> {
    return new Supervisor(await options.start(), options);
  }

  /** Prism's base URL, or `undefined` while it is being restarted. */
  get url(): string | undefined {
    return this.#up ? this.#prism.url : undefined;
  }

  /** The current (or last) Prism process. */
  get prism(): Prism {
    return this.#prism;
  }

  /** Ends Prism and restarts no more; resolves once it is gone. */
  async stop(): Promise<void> {
    this.#stopping = true;
    await this.#restarting;
    await this.#prism.stop();
  }

  #watch(prism: Prism): void {
    void prism.exited.then((how) => {
      if (this.#stopping || prism !== this.#prism) return;
      this.#up = false;
      if (Date.now() - this.#startedAt >= this.#options.stableMs) this.#failures = 0;
      this.#failures++;
      this.#restarting = this.#restart(`Prism (pid ${prism.pid}) exited with ${how}`);
    });
  }

  async #restart(why: string): Promise<void> {
    const { log, maxFailures, onGiveUp, start } = this.#options;
    let reason = why;
    while (!this.#stopping) {
      if (this.#failures >= maxFailures) {
        onGiveUp(new Error(`Prism failed ${this.#failures} times in a row (last: ${reason}); the EM mock cannot serve without it and stops.`));
        return;
      }
      await sleep(backoff(this.#failures));
      const began = Date.now();
      try {
        const prism = await start();
        this.#restarts++;
        if (this.#stopping) {
          await prism.stop();
          return;
        }
        this.#prism = prism;
        this.#startedAt = Date.now();
        this.#up = true;
        this.#watch(prism);
        log?.(`${reason}; restarted it (restart ${this.#restarts}, pid ${prism.pid}, ${prism.url}) in ${Date.now() - began} ms.`);
        return;
      } catch (error) {
        this.#failures++;
        log?.(`${reason}; restarting it failed: ${(error as Error).message.split('\n')[0]}`);
        reason = (error as Error).message.split('\n')[0]!;
      }
    }
  }
}
