// The values the client returns: the spec's JSON shapes, normalised so both media types read the same.
import type { components, paths } from './generated/schema.gen.ts';

/**
 * A decoded body: arrays are always arrays (`null`, absent and one-element forms read as arrays),
 * and `null` optional values read as absent.
 */
export type Normalized<T> = T extends readonly (infer U)[]
  ? Normalized<U>[]
  : T extends object
    ? { [K in keyof T as NonNullable<T[K]> extends readonly unknown[] ? K : never]-?: Normalized<NonNullable<T[K]>> } & {
        [K in keyof T as NonNullable<T[K]> extends readonly unknown[] ? never : null extends T[K] ? K : never]?: Normalized<
          Exclude<T[K], null>
        >;
      } & {
        [K in keyof T as NonNullable<T[K]> extends readonly unknown[] ? never : null extends T[K] ? never : K]: Normalized<T[K]>;
      } extends infer O
      ? { [K in keyof O]: O[K] }
      : never
    : T;

type NormalizeResponses<R> = {
  [S in keyof R]: R[S] extends { content: infer C }
    ? Omit<R[S], 'content'> & { content: { [M in keyof C]: Normalized<C[M]> } }
    : R[S];
};

/** The spec's `paths` with every response body normalised: what `em.GET` and friends return. */
export type NormalizedPaths = {
  [P in keyof paths]: {
    [M in keyof paths[P]]: paths[P][M] extends { responses: infer R }
      ? Omit<paths[P][M], 'responses'> & { responses: NormalizeResponses<R> }
      : paths[P][M];
  };
};

type Schemas = components['schemas'];
/** A collection of references; `Refs` is always an array. */
export type EntityReferences = Normalized<Schemas['EntityReferences']>;
/** A reference to a restore point (or any entity), with its `Links`. */
export type Ref = Normalized<Schemas['Ref']>;
/** A link between resources: `Rel` and `Href`, maybe `Name` and `Type`. */
export type Link = Normalized<Schemas['Link']>;
/** A logon session; `SessionId` names it for logoff. */
export type LogonSession = Normalized<Schemas['LogonSession']>;
/** EM's `Error` body (the spec's `Error` schema); `StatusCode` is a number in both media types. */
export type ErrorBody = Normalized<Schemas['Error']>;
