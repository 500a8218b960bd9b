// Retry policy for GETs that EM (or a proxy) asks to repeat later: 429 and 503 with a short Retry-After only.

export interface RetryPolicy {
  /** Retries after the first attempt. Default 2. */
  attempts: number;
  /** A longer Retry-After is not waited for: the answer is returned as it is. Default 5 s. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 2, maxDelayMs: 5_000 };

const RETRYABLE = new Set([429, 503]);

/** Milliseconds to wait before retrying, or undefined when this answer must not be retried. */
export function retryDelay(policy: RetryPolicy | false, method: string, response: Response, retriesSoFar: number, now = Date.now()): number | undefined {
  if (!policy || method !== 'GET' || !RETRYABLE.has(response.status) || retriesSoFar >= policy.attempts) return undefined;
  const header = response.headers.get('retry-after')?.trim();
  if (!header) return undefined;
  const delay = /^\d+$/.test(header) ? Number(header) * 1000 : Date.parse(header) - now;
  if (Number.isNaN(delay)) return undefined;
  const bounded = Math.max(0, delay);
  return bounded <= policy.maxDelayMs ? bounded : undefined;
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
