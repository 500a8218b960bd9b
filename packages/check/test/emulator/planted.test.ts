// Against the EM emulator, which plants one difference of each kind: the report lists each exactly once and nothing
// else, in every format, and the crawl stays read-only, identifies itself, and never repeats a request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckResult, renderJson, renderJunit, renderMarkdown, runCheck, USER_AGENT } from '../../src/index.ts';
import { type Emulator, PASSWORD, PLANTED, startEmulator, TOKEN, USER } from '../support/em-emulator.ts';

let em: Emulator;
let result: CheckResult;
beforeAll(async () => {
  em = await startEmulator();
  result = await runCheck({ url: em.url, user: USER, password: PASSWORD });
});
afterAll(() => em.close());

describe('the emulator with planted differences', () => {
  it('lists each planted difference exactly once, and nothing else', () => {
    const found = result.findings.map(({ kind, operation, media, where, count }) => ({ kind, operation, media, where, count }));
    expect(found).toHaveLength(PLANTED.length);
    for (const planted of PLANTED) expect(found).toContainEqual({ ...planted, count: 1 });
    expect(result.outcome).toBe('differs');
  });

  it('cites where and what, with one short sample each', () => {
    const by = (kind: string, where: string) => result.findings.find((f) => f.kind === kind && f.where === where)!;
    expect(by('spec-gap', '/Backup/Retention')).toMatchObject({ message: 'the element <Retention> in http://www.veeam.com/ent/v1.0 is not in the schema', sample: '14' });
    expect(by('spec-wrong', '/EntityReferences/Ref[1]/@Name')).toMatchObject({ message: 'expected the attribute Name (required), got nothing', sample: '(absent)' });
    expect(by('spec-wrong', '/Port')).toMatchObject({ message: 'must be integer', sample: '"9392"' });
    expect(by('xml-json', '/Name')).toMatchObject({ sample: 'XML Weekly · JSON Weekly (copy)' });
    expect(by('undocumented-status', '')).toMatchObject({ sample: 'The backup is being modified.' });
    expect(by('variant', '/Refs')).toMatchObject({ sample: 'null' });
    expect(by('variant', '').message).toMatch(/UTF-8 BOM/);
    // The other origin of the redirect is named by neither its host nor its port.
    expect(by('unchecked', '').message).toBe('no answer: Refused to follow a redirect to <other origin>: the session is only sent to ' + new URL(em.url).origin);
  });

  it('renders the same differences as Markdown, JSON and JUnit', () => {
    const markdown = renderMarkdown(result);
    expect(markdown).toContain('**6 differences from the spec.**');
    for (const planted of PLANTED.filter((p) => p.where !== '')) expect(markdown).toContain(`\`${planted.where}\``);
    expect(JSON.parse(renderJson(result)).findings).toEqual(result.findings);
    const junit = renderJunit(result);
    expect(junit).toMatch(/<testsuites name="vbem-check" tests="\d+" failures="5" errors="0" skipped="\d+">/);
    expect(junit).toContain('<testcase classname="GET /backupServers" name="xml"><failure message="1 difference" type="spec-wrong">');
  });

  it('never prints the password, the Basic credentials or the session token', () => {
    const basic = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
    for (const text of [renderMarkdown(result), renderJson(result), renderJunit(result)]) {
      for (const secret of [PASSWORD, basic, TOKEN]) expect(text).not.toContain(secret);
    }
  });

  it('is read-only: GETs, one logon POST per media type and one logoff DELETE per session, nothing else', () => {
    const other = em.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url} ${r.accept}`);
    expect(other).toEqual([
      'POST /api/sessionMngr/?v=latest application/xml',
      'POST /api/sessionMngr/?v=latest application/json',
      `DELETE /api/logonSessions/5e0a4c35-6b7e-4a39-9a55-0b0c4e1e7d01 application/xml`,
      `DELETE /api/logonSessions/5e0a4c35-6b7e-4a39-9a55-0b0c4e1e7d01 application/json`,
    ]);
    expect(new Set(em.requests.map((r) => r.userAgent))).toEqual(new Set([USER_AGENT]));
    // The session token goes with every request but the root's (sent before the logon) and the logon's.
    expect(em.requests.filter((r) => r.token !== TOKEN).map((r) => r.url)).toEqual(['/api/', '/api/', '/api/sessionMngr/?v=latest', '/api/sessionMngr/?v=latest']);
  });

  it('asks for every resource once per media type, though its links lead back (Up, Alternate, a trailing slash)', () => {
    const key = (r: { url: string; accept: string; method: string }) => `${r.method} ${r.url.replace(/\/+(\?|$)/, '$1')} ${r.accept}`;
    const keys = em.requests.map(key);
    expect(keys.length).toBe(new Set(keys).size);
    expect(keys).toContain('GET /api/backups application/json');
    expect(result.requests).toBe(em.requests.length);
  });
});
