// One hostile case: what the server does, what the client is asked, and the exact outcome expected.
import type { ExpectStatic, vi } from 'vitest';
import type { EmClient, EmClientOptions, EmErrorKind } from '../../src/index.ts';
import type { Behaviour, HostileServer } from './server.ts';

export type Group = 'bodies' | 'headers' | 'transport' | 'sessions' | 'parameters' | 'rate and errors';

export type Outcome =
  /** The call succeeds with exactly this value. */
  | { value: unknown }
  /** The call fails with an EmError of this kind (and status, and a message matching). */
  | { kind: EmErrorKind; status?: number; message?: RegExp };

export interface CaseContext {
  server: HostileServer;
  /** A second server on another origin, which must never receive anything. */
  elsewhere: HostileServer;
}

export interface HostileCase {
  id: string;
  group: Group;
  /** What the server does, for the README table. */
  server: string;
  /** What the client does about it, in words, for the README table. */
  client: string;
  serve: Behaviour;
  options?: Partial<EmClientOptions>;
  /** The call under test; by default `listRestorePoints` of the example backup. */
  act?: (em: EmClient, context: CaseContext) => Promise<unknown>;
  outcome: Outcome;
  /** Further checks on what the servers saw. */
  check?: (context: CaseContext, assert: Assert) => void | Promise<void>;
}

/** vitest's assertions, handed to checks so case files load outside a test run too (the README renderer). */
export interface Assert {
  expect: ExpectStatic;
  waitFor: typeof vi.waitFor;
}
