// The client README with its catalogue section replaced by the table rendered from the cases.
import { fileURLToPath } from 'node:url';
import { renderCatalogue } from './catalogue.ts';

export const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const START = '<!-- hostile-catalogue:start (generated from test/hostile/cases by `pnpm generate`; do not edit) -->';
const END = '<!-- hostile-catalogue:end -->';

export function withCatalogue(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${START} … ${END}`);
  return `${readme.slice(0, start + START.length)}\n${renderCatalogue()}\n${readme.slice(end)}`;
}
