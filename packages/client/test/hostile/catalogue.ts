// Every hostile case, and the README table rendered from them (so the table cannot drift from the tests).
import type { HostileCase } from './case.ts';
import { bodies } from './cases/bodies.ts';
import { headers } from './cases/headers.ts';
import { limits } from './cases/limits.ts';
import { parameters } from './cases/parameters.ts';
import { rateAndErrors } from './cases/rate-and-errors.ts';
import { sessions } from './cases/sessions.ts';
import { transport } from './cases/transport.ts';

export const catalogue: HostileCase[] = [...bodies, ...limits, ...headers, ...transport, ...sessions, ...parameters, ...rateAndErrors];

const cell = (text: string): string => text.replaceAll('|', '\\|');

function outcomeOf(c: HostileCase): string {
  if ('value' in c.outcome) return 'returns the refs';
  return `\`EmError\` \`${c.outcome.kind}\`${c.outcome.status !== undefined ? ` (${c.outcome.status})` : ''}`;
}

/** The markdown table of the catalogue, as the client README shows it. */
export function renderCatalogue(): string {
  const rows = catalogue.map((c) => `| ${c.group} | \`${c.id}\` | ${cell(c.server)} | ${outcomeOf(c)} | ${cell(c.client)} |`);
  return ['| group | case | the server… | outcome | the client… |', '|---|---|---|---|---|', ...rows].join('\n');
}
