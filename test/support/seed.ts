// The reference page this project implements: the copy in spec/seed/, so a clone on its own can run every test (and turbo
// hashes it); the workspace CI lays out keeps the original in ../shared/seed/, which the copy must equal.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const seedPath: string = fileURLToPath(new URL('../../spec/seed/restorePoints.txt', import.meta.url));

/** The original, when the repository sits in the workspace that holds it. */
export const upstreamSeedPath: string = fileURLToPath(new URL('../../../shared/seed/restorePoints.txt', import.meta.url));

/**
 * The page's XML example as a server sends it: from the XML declaration to the end, without the `...` line
 * that elides further refs, and with the page's non-breaking spaces (an HTML rendering artefact) read as spaces.
 */
export function seedXmlExample(): string {
  const page = readFileSync(seedPath, 'utf8');
  const start = page.indexOf('<?xml');
  if (start < 0) throw new Error(`${seedPath} has no XML example`);
  return page
    .slice(start)
    .replaceAll('\u00a0', ' ')
    .split('\n')
    .filter((line) => line.trim() !== '...')
    .join('\n');
}
