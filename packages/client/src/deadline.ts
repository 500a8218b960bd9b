// Exchange deadlines on one timer per client: setting and clearing a timer for every request measurably slows small ones.

const MAX_DELAY = 2 ** 31 - 1;

export interface Deadline {
  /** Aborts with a TimeoutError when the deadline is due. */
  readonly signal: AbortSignal;
  /** The exchange is over: the signal will not abort. */
  end(): void;
}

interface Entry {
  /** Let go when the exchange ends: an entry can wait in the queue behind a slower exchange. */
  controller: AbortController | undefined;
  /** performance.now() at which the signal aborts. */
  readonly at: number;
}

export class Deadlines {
  readonly #ms: number;
  /** In start order, which is deadline order since every entry gets the same `ms`; an entry leaves once ended and first, or due. */
  readonly #queue: Entry[] = [];
  #armed = false;

  constructor(ms: number) {
    this.#ms = ms;
  }

  /** A deadline `ms` from now. */
  start(): Deadline {
    const controller = new AbortController();
    const entry: Entry = { controller, at: performance.now() + this.#ms };
    this.#queue.push(entry);
    if (!this.#armed) this.#arm(this.#ms);
    return { signal: controller.signal, end: () => this.#end(entry) };
  }

  #end(entry: Entry): void {
    entry.controller = undefined;
    while (this.#queue.length > 0 && this.#queue[0]!.controller === undefined) this.#queue.shift();
  }

  #arm(delay: number): void {
    this.#armed = true;
    // Unref'd like AbortSignal.timeout's: an exchange in flight keeps the process alive by its socket, not by its deadline.
    // Longer delays than setTimeout takes would fire at once; the timer re-arms until the deadline is due.
    setTimeout(this.#fire, Math.min(delay, MAX_DELAY)).unref();
  }

  readonly #fire = (): void => {
    this.#armed = false;
    const now = performance.now();
    for (let head = this.#queue[0]; head && (head.controller === undefined || head.at <= now); head = this.#queue[0]) {
      this.#queue.shift();
      head.controller?.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }
    const next = this.#queue[0];
    if (next) this.#arm(next.at - now);
  };
}
