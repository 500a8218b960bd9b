// Calls a case can make instead of the default listRestorePoints.
import type { EmClient } from '../../src/index.ts';

export const BACKUP = '7b6a400c-452c-41d1-bb81-ea682e89492d';

/** The streaming call, its items collected: the same refs listRestorePoints would return, or its error. */
export async function iterate(em: EmClient): Promise<unknown[]> {
  const refs: unknown[] = [];
  for await (const ref of em.iterateRestorePoints(BACKUP)) refs.push(ref);
  return refs;
}
