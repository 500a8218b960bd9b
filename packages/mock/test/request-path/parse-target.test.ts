// parseTarget alone, judged by RFC 3986 §5.2.4 and §5.4 (dot segments) and by what a percent-escape must be (§2.1).
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/request-path.ts';

const pathOf = (raw: string) => {
  const target = parseTarget(raw);
  if ('error' in target) throw new Error(target.error);
  return `${target.path}${target.search}`;
};
const errorOf = (raw: string) => (parseTarget(raw) as { error?: string }).error;

describe('parseTarget', () => {
  it.each([
    ['/a/b/c/./../../g', '/a/g'], // §5.2.4's own example
    ['/./g', '/g'], // §5.4.2
    ['/../g', '/g'], // §5.4.2: `..` above the root stays at the root
    ['/a/b/..', '/a/'], // §5.4.1: `..` at the end leaves a trailing slash
    ['/a/b/.', '/a/b/'],
    ['/api/backups/x/./restorePoints', '/api/backups/x/restorePoints'],
    ['/api/x/../backups/y/restorePoints?v=1', '/api/backups/y/restorePoints?v=1'],
    ['/api/backups/y/%2e%2E/z', '/api/backups/z'], // escaped dots are dot segments once decoded
    ['/api/backups/%7b', '/api/backups/%7B'], // one encoding for every segment
    ['/api/a%20b/%C3%A9', '/api/a%20b/%C3%A9'],
    ['/api/a%2Fb', '/api/a%2Fb'], // an escaped slash stays inside its segment
    ['http://em.example:9398/api/backups?x=1', '/api/backups?x=1'], // absolute-form
  ])('normalises %s to %s', (raw, expected) => {
    expect(pathOf(raw)).toBe(expected);
  });

  it('gives the decoded segments', () => {
    expect(parseTarget('/api/logonSessions/./a%20b')).toMatchObject({ segments: ['api', 'logonSessions', 'a b'] });
  });

  it.each([
    ['/api/backups/%FF/restorePoints', /percent-escapes that are not UTF-8 \(%FF\); expected UTF-8 bytes written as %XX\.$/],
    ['/api/backups/%E0%A4%A', /invalid percent-escape \(%A\); expected % followed by two hex digits\.$/],
    ['/api/backups/%zz', /invalid percent-escape \(%zz\)/],
    ['/api/backups/%', /invalid percent-escape \(%\)/],
    ['/api/sessionMngr/?v=%FF', /request query holds percent-escapes that are not UTF-8 \(%FF\)/],
    ['/api/backups/x#/restorePoints', /raw #; a fragment is never sent to a server/],
    ['*', /is not a path; expected one starting with \/\./],
  ])('refuses %s', (raw, reason) => {
    expect(errorOf(raw)).toMatch(reason);
  });
});
