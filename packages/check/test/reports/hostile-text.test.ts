// Server text lands in every report: whatever it holds, the JUnit stays well-formed XML and a Markdown row stays one row.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { type CheckResult, renderJson, renderJunit, renderMarkdown } from '../../src/index.ts';

const hostile = 'a|b`c` </failure>]]><x y="&amp;">\u0000\u0007\u001b[31m\r\n# not a heading';

const result: CheckResult = {
  url: 'http://127.0.0.1:1/api',
  spec: '1.7',
  outcome: 'differs',
  requests: 10,
  budget: 300,
  rows: [{ operation: 'GET /backups', media: 'xml', requests: 1, passed: 0 }],
  findings: [{ operation: 'GET /backups', media: 'xml', kind: 'spec-gap', where: `/EntityReferences/${hostile}`, message: hostile, sample: hostile, count: 1, resource: '/backups' }],
  coverage: { reached: ['GET /backups'], notReached: [], undescribed: [{ path: `/x/${hostile}`, links: 1 }], notFollowed: [], unvisited: 0 },
};

describe('reports with hostile server text in them', () => {
  it('JUnit: well-formed XML that keeps the text', () => {
    const text = renderJunit(result);
    const parser = new SaxesParser();
    let failure = '';
    let inFailure = false;
    parser.on('opentag', (tag) => void (inFailure = tag.name === 'failure'));
    parser.on('text', (t) => void (inFailure && (failure += t)));
    parser.on('closetag', () => void (inFailure = false));
    expect(() => parser.write(text).close()).not.toThrow();
    expect(failure).toContain('a|b`c` </failure>]]><x y="&amp;">');
  });

  it('Markdown: the difference stays one table row of six cells', () => {
    const lines = renderMarkdown(result).split('\n');
    const row = lines.filter((line) => line.startsWith('| `GET /backups` | XML | ') && line.includes('not a heading'));
    expect(row).toHaveLength(1);
    expect(row[0]!.split(/(?<!\\)\|/).length - 2).toBe(6);
    expect(lines.some((line) => line.startsWith('# not a heading'))).toBe(false);
  });

  it('JSON: the text as it was', () => {
    expect(JSON.parse(renderJson(result)).findings[0].message).toBe(hostile);
  });
});
