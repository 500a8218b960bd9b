// list / iterate: every collection operation of the spec (the descriptor's `collection`), read whole or as it arrives,
// typed by its path. Nothing here knows an operation: the generated descriptor and types say which paths are collections.
import type { OperationDescriptor } from './descriptor.ts';
import { echo, EmError } from './errors.ts';
import { operations } from './generated/descriptor.gen.ts';
import type { components, paths } from './generated/schema.gen.ts';
import { serializePath } from './path.ts';
import { itemsOf } from './stream/collection.ts';
import { streamCollection } from './stream/iterate.ts';
import type { Answer, ExchangeInit, TransportOptions } from './transport.ts';
import type { Normalized } from './types.ts';

type Operations = typeof operations;
type CollectionOperation = Extract<Operations[keyof Operations], { method: 'GET'; collection: readonly unknown[] }>;

/** The path of every GET the spec documents as a collection, such as `/backups/{ID}/restorePoints` or `/backups`. */
export type CollectionPath = CollectionOperation['path'];

type OperationParameters<P extends CollectionPath> = paths[P]['get']['parameters'];
type Params<P extends CollectionPath> = Pick<OperationParameters<P>, 'path' | 'query'>;

// A path without path parameters has `path?: never`, which reads as undefined.
type WithoutParams<P extends CollectionPath> = OperationParameters<P>['path'] extends undefined ? true : false;

/** Path and query parameters as `em.GET` takes them, and a signal for this call. */
export type CollectionInit<P extends CollectionPath> = { signal?: AbortSignal } & (WithoutParams<P> extends true ? { params?: Params<P> } : { params: Params<P> });

/** The collections whose `init` may be left out: those without path parameters. */
export type CollectionPathWithoutParams = { [P in CollectionPath]: WithoutParams<P> extends true ? P : never }[CollectionPath];

type Forms<P> = Extract<CollectionOperation, { path: P }>['collection'][number];
// `format=Entity` asks for the entity list; without it EM answers references (where the operation has both).
type Asked<P, I> = I extends { params: { query: { format: 'Entity' } } } ? Extract<Forms<P>, { reference: false }> : Extract<Forms<P>, { reference: true }>;
type Answered<P, I> = [Asked<P, I>] extends [never] ? Forms<P> : Asked<P, I>;

/** An item of the collection at `P` (asked with `I`): a `Ref`, or with `format=Entity` the entity (`VmRestorePoint`, ...). */
export type CollectionItem<P extends CollectionPath, I = undefined> =
  Answered<P, I> extends infer F ? (F extends { item: infer S extends keyof components['schemas'] } ? Normalized<components['schemas'][S]> : never) : never;


export interface CollectionDeps {
  /** The API root, without a trailing slash. */
  root: string;
  transport: TransportOptions;
  /** Sends with the client's session (logon, one renewal on a 401). */
  send: (url: string, init: ExchangeInit, operation: OperationDescriptor) => Promise<Answer>;
  /** The error for an answer that is not 2xx. */
  httpError: (what: string, response: Response, value: unknown) => EmError;
}

interface Init {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown> };
  signal?: AbortSignal;
}

function collectionOperation(path: string): OperationDescriptor & { collection: NonNullable<OperationDescriptor['collection']> } {
  const operation = (operations as Record<string, OperationDescriptor>)[`GET ${path}`];
  if (!operation?.collection) {
    throw new EmError('invalid-argument', `The spec documents no collection at GET ${echo(path)}; expected a path template such as /backups/{ID}/restorePoints.`);
  }
  return operation as OperationDescriptor & { collection: NonNullable<OperationDescriptor['collection']> };
}

/** Query parameters: scalars only, as every query parameter of the spec is. */
function queryOf(query: Record<string, unknown> | undefined): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new EmError('invalid-argument', `Query parameter ${name} must be a string, a number or a boolean; got ${value === null ? 'null' : typeof value}.`);
    }
    search.append(name, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

export function collectionCalls({ root, transport, send, httpError }: CollectionDeps) {
  const urlOf = (operation: OperationDescriptor, init: Init | undefined): string =>
    `${root}${serializePath(operation.path, init?.params?.path)}${queryOf(init?.params?.query)}`;
  const exchangeInit = (init: Init | undefined): ExchangeInit => ({ method: 'GET', headers: {}, ...(init?.signal ? { signal: init.signal } : {}) });

  /** Every item of the collection at `path`, read whole. */
  async function list(path: string, init: Init | undefined, what = `list ${path}`): Promise<Record<string, unknown>[]> {
    const operation = collectionOperation(path);
    const { response, value } = await send(urlOf(operation, init), exchangeInit(init), operation);
    // A 2xx the spec gives no body (a 204, say) carries no collection either.
    if (!response.ok || value === undefined) throw httpError(what, response, value);
    return itemsOf(operation.collection, value);
  }

  /** The same items, yielded as the answer arrives. */
  async function* iterate(path: string, init: Init | undefined, what = `list ${path}`): AsyncGenerator<Record<string, unknown>> {
    const operation = collectionOperation(path);
    const url = urlOf(operation, init);
    yield* streamCollection({
      transport,
      operation,
      ...(init?.signal ? { signal: init.signal } : {}),
      send: (streamInit) => send(url, streamInit, operation),
      httpError: ({ response, value }) => httpError(what, response, value),
    });
  }

  return { list, iterate };
}
