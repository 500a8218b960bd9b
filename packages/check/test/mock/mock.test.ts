// Against @vbem/mock (the spec's own examples, served as EM would, sessions kept as EM keeps them): a clean report in
// both media types, every operation the links reach checked, and the ones no link from the root reaches named.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Mock, startMock } from '@vbem/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckResult, renderJson, renderJunit, renderMarkdown, runCheck } from '../../src/index.ts';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
let mock: Mock;
let result: CheckResult;
beforeAll(async () => {
  mock = await startMock({ port: 0, sessions: true });
  result = await runCheck({ url: mock.url, user: 'DOMAIN\\svc', password: 'mock-password' });
});
afterAll(() => mock?.stop());

describe('the mock', () => {
  it('answers every request as the spec says: a clean report', () => {
    expect(result.findings).toEqual([]);
    expect(result.outcome).toBe('clean');
  });

  it('every operation reached was checked in XML and in JSON, and the two agreed', () => {
    for (const operation of result.coverage.reached) {
      const media = result.rows.filter((r) => r.operation === operation).map((r) => r.media);
      expect(media, operation).toEqual(operation.startsWith('GET') ? ['xml', 'json', 'both'] : ['xml', 'json']);
    }
    expect(result.rows.every((r) => r.passed === r.requests)).toBe(true);
  });

  it('reaches every operation from the root by links, but the two no example links to', () => {
    // No example links to a vApp restore point list, and the query service is asked, not linked (spec/README.md).
    expect(result.coverage.notReached).toEqual(['GET /restorePoints/{ID}/vAppRestorePoints', 'GET /query']);
    expect(result.coverage.reached).toHaveLength(16);
    expect(result.coverage.undescribed).toEqual([]);
    expect(result.coverage.unvisited).toBe(0);
  });

  it('renders clean in Markdown, JSON and JUnit', () => {
    expect(renderMarkdown(result)).toContain('**Clean: every answer matches the spec.**');
    expect(JSON.parse(renderJson(result))).toMatchObject({ tool: 'vbem-check', outcome: 'clean', findings: [] });
    expect(renderJunit(result)).toMatch(/<testsuites name="vbem-check" tests="\d+" failures="0" errors="0" skipped="2">/);
  });

  it('vbem-check exits 0 and prints the clean report', async () => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, '--url', mock.url, '--user', 'svc', '--password-env', 'EM_PW'], {
      env: { ...process.env, EM_PW: 'mock-password' },
    });
    expect(stdout).toContain('# vbem-check: clean');
    expect(stderr).toMatch(/vbem-check: \d+\/300 requests\. Clean: every answer matches the spec\.\n$/);
  });
});
