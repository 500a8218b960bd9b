// The report as JUnit XML for CI: a test case per operation × media type, failing with its differences.
import type { CheckResult } from '../check.ts';
import { fails, type Finding } from '../findings.ts';

// XML 1.0 has no form for most control characters: they are dropped, the rest escaped.
const escape = (text: string): string =>
  text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const line = (f: Finding): string =>
  `${f.kind} at ${f.where || '(the answer)'}: ${f.message}${f.sample === undefined ? '' : ` (sample: ${f.sample})`}, ${f.count}×${f.resource ? ` (${f.resource})` : ''}`;

export function renderJunit(result: CheckResult): string {
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  if (result.outcome === 'could-not-run') {
    errors++;
    cases.push(`    <testcase classname="vbem-check" name="run"><error message="${escape(result.reason ?? 'could not run')}"/></testcase>`);
  }
  for (const row of result.rows) {
    const mine = result.findings.filter((f) => f.operation === row.operation && f.media === row.media);
    const failing = mine.filter((f) => fails(f.kind));
    const notes = mine.filter((f) => !fails(f.kind));
    const parts: string[] = [];
    if (failing.length > 0) {
      failures++;
      parts.push(`<failure message="${failing.length} difference${failing.length === 1 ? '' : 's'}" type="${escape(failing[0]!.kind)}">${escape(failing.map(line).join('\n'))}</failure>`);
    }
    if (notes.length > 0) parts.push(`<system-out>${escape(notes.map(line).join('\n'))}</system-out>`);
    cases.push(`    <testcase classname="${escape(row.operation)}" name="${row.media}">${parts.join('')}</testcase>`);
  }
  for (const operation of result.coverage.notReached) {
    skipped++;
    cases.push(`    <testcase classname="${escape(operation)}" name="reached"><skipped message="not reached by links from the root"/></testcase>`);
  }
  const tests = cases.length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="vbem-check" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}">`,
    `  <testsuite name="${escape(result.url)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
