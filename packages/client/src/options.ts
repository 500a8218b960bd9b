// createEmClient's numeric and enumerated options, checked once up front: a bad one would otherwise surface on every request.
import { echo, EmError } from './errors.ts';

/** Per HTTP exchange, when `timeoutMs` is not given. */
export const DEFAULT_TIMEOUT_MS = 30_000;

interface Checked {
  baseUrl: string;
  format?: unknown;
  timeoutMs?: unknown;
  maxResponseBytes?: unknown;
  streamTimeoutMs?: unknown;
  maxDepth?: unknown;
  retry?: unknown;
}

const bad = (name: string, value: unknown, expected: string): EmError =>
  new EmError('invalid-argument', `${name} is ${typeof value === 'number' ? String(value) : typeof value === 'string' ? JSON.stringify(value) : typeof value}; expected ${expected}.`);

const isCount = (value: unknown, min: number): boolean => typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
const isDuration = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value > 0;

/** Checks the options and answers the API root they name, without a trailing slash. */
export function checkOptions(options: Checked): URL {
  let baseUrl: URL;
  try {
    baseUrl = new URL(options.baseUrl.replace(/\/+$/, ''));
  } catch (cause) {
    throw new EmError('invalid-argument', `baseUrl ${echo(JSON.stringify(options.baseUrl))} is not a URL; expected one such as https://em.example.com:9398/api.`, { cause });
  }
  if (options.format !== undefined && options.format !== 'json' && options.format !== 'xml') throw bad('format', options.format, "'json' or 'xml'");
  const { timeoutMs, streamTimeoutMs, maxResponseBytes, maxDepth, retry } = options;
  if (timeoutMs !== undefined && !isDuration(timeoutMs)) throw bad('timeoutMs', timeoutMs, 'a positive number of milliseconds');
  if (streamTimeoutMs !== undefined && !isDuration(streamTimeoutMs)) throw bad('streamTimeoutMs', streamTimeoutMs, 'a positive number of milliseconds');
  if (maxResponseBytes !== undefined && !isCount(maxResponseBytes, 1)) throw bad('maxResponseBytes', maxResponseBytes, 'a positive whole number of bytes');
  if (maxDepth !== undefined && !isCount(maxDepth, 1)) throw bad('maxDepth', maxDepth, 'a positive whole number of levels');
  if (retry === undefined || retry === false) return baseUrl;
  if (typeof retry !== 'object' || retry === null) throw bad('retry', retry, 'false or { attempts, maxDelayMs }');
  const { attempts, maxDelayMs } = retry as { attempts?: unknown; maxDelayMs?: unknown };
  if (attempts !== undefined && !isCount(attempts, 0)) throw bad('retry.attempts', attempts, 'a whole number ≥ 0');
  if (maxDelayMs !== undefined && !(typeof maxDelayMs === 'number' && Number.isFinite(maxDelayMs) && maxDelayMs >= 0)) {
    throw bad('retry.maxDelayMs', maxDelayMs, 'a number of milliseconds ≥ 0');
  }
  return baseUrl;
}
