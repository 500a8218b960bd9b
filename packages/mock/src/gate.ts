// Requests in flight to Prism, bounded: the rest wait in a bounded queue for a bounded time, then are turned away.

export interface GateLimits {
  /** Requests forwarded to Prism at once (also the keep-alive agent's `maxSockets`). */
  maxInFlight: number;
  /** Requests waiting for a turn; one more is refused at once. */
  maxQueued: number;
  /** How long a request may wait for a turn before it is refused. */
  queueTimeoutMs: number;
}

export const GATE_DEFAULTS: GateLimits = { maxInFlight: 32, maxQueued: 1_024, queueTimeoutMs: 10_000 };

/** Why a request got no turn: the queue was full, or its wait ran out. */
export class GateRefused extends Error {
  constructor(readonly reason: 'full' | 'timeout', limits: GateLimits) {
    super(
      reason === 'full'
        ? `The EM mock has ${limits.maxInFlight} requests in flight to Prism and ${limits.maxQueued} waiting; try again later.`
        : `The request waited ${limits.queueTimeoutMs} ms for one of the ${limits.maxInFlight} turns to Prism; try again later.`,
    );
  }
}

export class Gate {
  readonly limits: GateLimits;
  #inFlight = 0;
  // A Set keeps arrival order and lets a waiter that gave up leave in O(1).
  readonly #waiting = new Set<() => void>();

  constructor(limits: GateLimits) {
    this.limits = limits;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  get queued(): number {
    return this.#waiting.size;
  }

  /** Resolves with `leave` once the request may go to Prism; `gone` (the client left) withdraws it from the queue. */
  enter(gone?: AbortSignal): Promise<() => void> {
    if (this.#inFlight < this.limits.maxInFlight) {
      this.#inFlight++;
      return Promise.resolve(this.#leaver());
    }
    if (this.#waiting.size >= this.limits.maxQueued) return Promise.reject(new GateRefused('full', this.limits));
    return new Promise((resolve, reject) => {
      const withdraw = () => {
        clearTimeout(timer);
        this.#waiting.delete(waiter);
        gone?.removeEventListener('abort', onGone);
      };
      const onGone = () => {
        withdraw();
        reject(new Error('The client left while its request waited for a turn to Prism.'));
      };
      const waiter = () => {
        withdraw();
        this.#inFlight++;
        resolve(this.#leaver());
      };
      const timer = setTimeout(() => {
        withdraw();
        reject(new GateRefused('timeout', this.limits));
      }, this.limits.queueTimeoutMs);
      this.#waiting.add(waiter);
      gone?.addEventListener('abort', onGone, { once: true });
    });
  }

  #leaver(): () => void {
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.#inFlight--;
      const next = this.#waiting.values().next();
      if (!next.done) next.value();
    };
  }
}
