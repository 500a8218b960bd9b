// createEmClient refuses options that would break every request, with an error naming the option and what it takes.
import { describe, expect, it } from 'vitest';
import { createEmClient, EmError, type EmClientOptions } from '../../src/index.ts';

const baseUrl = 'https://em.example.com:9398/api';
const refused = (options: Partial<EmClientOptions> | Record<string, unknown>, message: string) => () => {
  let error: unknown;
  try {
    createEmClient({ baseUrl, ...options } as EmClientOptions);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(EmError);
  expect((error as EmError).kind).toBe('invalid-argument');
  expect((error as EmError).message).toBe(message);
};

describe('createEmClient checks its options', () => {
  it('refuses a negative timeout', refused({ timeoutMs: -1 }, 'timeoutMs is -1; expected a positive number of milliseconds.'));
  it('refuses a zero timeout', refused({ timeoutMs: 0 }, 'timeoutMs is 0; expected a positive number of milliseconds.'));
  it('refuses a NaN timeout', refused({ timeoutMs: Number.NaN }, 'timeoutMs is NaN; expected a positive number of milliseconds.'));
  it('refuses a timeout given as text', refused({ timeoutMs: '30000' }, 'timeoutMs is "30000"; expected a positive number of milliseconds.'));
  it('refuses a fractional body limit', refused({ maxResponseBytes: 1.5 }, 'maxResponseBytes is 1.5; expected a positive whole number of bytes.'));
  it('refuses a zero stream deadline', refused({ streamTimeoutMs: 0 }, 'streamTimeoutMs is 0; expected a positive number of milliseconds.'));
  it('refuses an infinite stream deadline', refused({ streamTimeoutMs: Infinity }, 'streamTimeoutMs is Infinity; expected a positive number of milliseconds.'));
  it('refuses a zero depth limit', refused({ maxDepth: 0 }, 'maxDepth is 0; expected a positive whole number of levels.'));
  it('refuses a fractional depth limit', refused({ maxDepth: 2.5 }, 'maxDepth is 2.5; expected a positive whole number of levels.'));
  it('refuses an unknown format', refused({ format: 'yaml' }, `format is "yaml"; expected 'json' or 'xml'.`));
  it('refuses negative retry attempts', refused({ retry: { attempts: -1 } }, 'retry.attempts is -1; expected a whole number ≥ 0.'));
  it('refuses an infinite retry delay', refused({ retry: { maxDelayMs: Infinity } }, 'retry.maxDelayMs is Infinity; expected a number of milliseconds ≥ 0.'));
  it('refuses retry: true', refused({ retry: true }, 'retry is boolean; expected false or { attempts, maxDelayMs }.'));

  it('takes the defaults and sound values', () => {
    expect(() => createEmClient({ baseUrl })).not.toThrow();
    expect(() => createEmClient({ baseUrl, format: 'xml', timeoutMs: 0.5, streamTimeoutMs: 0.5, maxResponseBytes: 1, maxDepth: 1, retry: { attempts: 0, maxDelayMs: 0 } })).not.toThrow();
    expect(() => createEmClient({ baseUrl, retry: false })).not.toThrow();
  });
});
