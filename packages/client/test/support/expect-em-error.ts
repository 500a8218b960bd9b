import { expect } from 'vitest';
import { EmError, type EmErrorKind } from '../../src/index.ts';

/** Awaits `promise`, expecting it to fail with an EmError of `kind`; returns the error for further checks. */
export async function expectEmError(promise: Promise<unknown>, kind: EmErrorKind, message?: RegExp): Promise<EmError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`expected EmError(${kind}), got success: ${JSON.stringify(value)?.slice(0, 200)}`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EmError);
  expect((error as EmError).kind, (error as EmError).message).toBe(kind);
  if (message) expect((error as EmError).message).toMatch(message);
  return error as EmError;
}
