// The report as Markdown (the default): a verdict, a table per operation × media type, differences by kind, coverage.
import type { CheckResult } from '../check.ts';
import { fails, type Finding, KIND_TITLES, KINDS, type Media } from '../findings.ts';

const MEDIA: Record<Media, string> = { xml: 'XML', json: 'JSON', both: 'XML ⇄ JSON' };

/** Inline code that survives any text: backticks in it get a longer fence, pipes and newlines cannot break a table. */
function code(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  if (clean === '') return '';
  const fence = clean.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${clean}${fence.length > 1 ? ' ' : ''}${fence}`;
}
const cell = (text: string): string => text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');

export function verdict(result: CheckResult): string {
  const failing = result.findings.filter((f) => fails(f.kind)).length;
  if (result.outcome === 'could-not-run') return `Could not run: ${(result.reason ?? 'no reason given').replace(/[.\s]+$/, '')}.`;
  if (result.outcome === 'clean') return 'Clean: every answer matches the spec.';
  return `${failing} difference${failing === 1 ? '' : 's'} from the spec.`;
}

export function renderMarkdown(result: CheckResult): string {
  const lines: string[] = [];
  lines.push(`# vbem-check: ${result.outcome === 'clean' ? 'clean' : result.outcome === 'differs' ? 'differences found' : 'could not run'}`, '');
  lines.push(`${code(result.url)} checked against the spec of the EM REST API ${result.spec}: ${result.requests} requests of a budget of ${result.budget}.`, '');
  lines.push(`**${verdict(result)}**`, '');
  if (result.reason && result.outcome !== 'could-not-run') lines.push(`The crawl stopped early: ${result.reason}.`, '');

  if (result.rows.length > 0) {
    lines.push('## Operations', '', '| operation | media type | answers | passed | differences |', '|---|---|---:|---:|---|');
    for (const row of result.rows) {
      const mine = result.findings.filter((f) => f.operation === row.operation && f.media === row.media);
      const counts = KINDS.map((kind) => [kind, mine.filter((f) => f.kind === kind).length] as const).filter(([, n]) => n > 0);
      const summary = counts.length === 0 ? '—' : counts.map(([kind, n]) => `${kind} ${n}`).join(', ');
      lines.push(`| ${code(row.operation)} | ${MEDIA[row.media]} | ${row.requests} | ${row.passed} | ${summary} |`);
    }
    lines.push('');
  }

  const byKind = KINDS.map((kind) => [kind, result.findings.filter((f) => f.kind === kind)] as const).filter(([, list]) => list.length > 0);
  if (byKind.length > 0) {
    lines.push('## Differences', '');
    for (const [kind, list] of byKind) {
      lines.push(`### ${KIND_TITLES[kind]}`, '', '| operation | media type | where | what | sample | seen |', '|---|---|---|---|---|---|');
      for (const f of list) lines.push(findingRow(f));
      lines.push('');
    }
  }

  const { coverage } = result;
  lines.push('## Coverage', '');
  lines.push(`- Reached (${coverage.reached.length}): ${coverage.reached.map(code).join(', ') || 'none'}.`);
  lines.push(`- Not reached by links from the root (${coverage.notReached.length}): ${coverage.notReached.map(code).join(', ') || 'none'}.`);
  lines.push(
    `- Links to resources the spec does not describe (${coverage.undescribed.length}): ${coverage.undescribed.map((u) => `${code(u.path)} (${u.links})`).join(', ') || 'none'}.`,
  );
  lines.push(`- Links not followed (${coverage.notFollowed.length}): ${coverage.notFollowed.map((n) => `${code(n.path)}, ${n.reason} (${n.links})`).join('; ') || 'none'}.`);
  lines.push(`- Links left unvisited: ${coverage.unvisited}.`, '');
  return `${lines.join('\n')}`;
}

function findingRow(f: Finding): string {
  const seen = `${f.count}×${f.resource ? ` (${code(f.resource)})` : ''}`;
  return `| ${code(f.operation)} | ${MEDIA[f.media]} | ${code(f.where) || '(the answer)'} | ${cell(f.message)} | ${f.sample === undefined ? '' : code(f.sample)} | ${seen} |`;
}
