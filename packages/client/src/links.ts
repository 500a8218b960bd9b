// Links typed by their `Type`: what following one answers, from the generated map of the spec's examples (links.gen.ts).
import type { components } from './generated/schema.gen.ts';
import { linkTargets } from './generated/links.gen.ts';
import type { Link, Normalized } from './types.ts';

/** Every link `Type` the spec's examples show, such as `RestorePoint` or `VmRestorePointReferenceList`. */
export type LinkType = keyof typeof linkTargets;

/** What a link of type `T` leads to (`RestorePoint` → the RestorePoint entity); `unknown` for a type the spec does not show. */
export type LinkTarget<T> = T extends LinkType ? Normalized<components['schemas'][(typeof linkTargets)[T]]> : unknown;

/** What `follow(link)` answers: typed when the link's `Type` is known at compile time. */
export type Followed<L extends { Type?: string }> = LinkTarget<L['Type']>;

/** The schema that a link of this `Type` answers, or undefined when the spec shows no such link. */
export const targetOf = (type: string | undefined): string | undefined =>
  type !== undefined && Object.hasOwn(linkTargets, type) ? linkTargets[type as LinkType] : undefined;

/** The first of `links` of type `type`, typed so that `follow()` of it returns what that type leads to. */
export function findLink<T extends LinkType>(links: readonly Link[] | undefined, type: T): (Link & { Type: T }) | undefined {
  return links?.find((link): link is Link & { Type: T } => link.Type === type);
}
