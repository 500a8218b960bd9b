import { describe, expect, it } from 'vitest';
import { findOperation, isAuthorized, standInCredentials, toPrismPath } from '../../src/operations.ts';

const BACKUP = '7b6a400c-452c-41d1-bb81-ea682e89492d';

describe('operations: the spec operation of a request and the credentials it needs', () => {
  it.each([
    ['/api/backups/x/restorePoints', '/backups/x/restorePoints'],
    ['/api/sessionMngr/?v=latest', '/sessionMngr/?v=latest'],
    ['/api', '/'],
    ['/api?x=1', '/?x=1'],
    ['/backups/x/restorePoints', '/backups/x/restorePoints'],
    ['/apiary/x', '/apiary/x'],
  ])('%s is %s for Prism', (url, path) => {
    expect(toPrismPath(url)).toBe(path);
  });

  it('finds each operation by method and path template, ignoring the query', () => {
    expect(findOperation('GET', `/backups/${BACKUP}/restorePoints`)?.path).toBe('/backups/{ID}/restorePoints');
    expect(findOperation('post', '/sessionMngr/?v=latest')?.path).toBe('/sessionMngr/');
    expect(findOperation('DELETE', `/logonSessions/${BACKUP}`)?.path).toBe('/logonSessions/{ID}');
    expect(findOperation('GET', '/sessionMngr/')).toBeUndefined();
    expect(findOperation('GET', `/backups/${BACKUP}/restorePoints/extra`)).toBeUndefined();
  });

  it('takes the schema of each status from the codec descriptor', () => {
    expect(findOperation('GET', `/backups/${BACKUP}/restorePoints`)?.responses['200']).toBe('EntityReferences');
    expect(findOperation('DELETE', `/logonSessions/${BACKUP}`)?.responses['204']).toBeNull();
  });

  it('asks the session header of data calls and HTTP Basic of the logon, as the spec says', () => {
    const list = findOperation('GET', `/backups/${BACKUP}/restorePoints`)!;
    const logon = findOperation('POST', '/sessionMngr/')!;
    expect(isAuthorized(list, {})).toBe(false);
    expect(isAuthorized(list, { 'x-restsvcsessionid': '  ' })).toBe(false);
    expect(isAuthorized(list, { 'x-restsvcsessionid': 'token' })).toBe(true);
    expect(isAuthorized(list, { authorization: 'Basic dTpw' })).toBe(false);
    expect(isAuthorized(logon, {})).toBe(false);
    expect(isAuthorized(logon, { authorization: 'Bearer x' })).toBe(false);
    expect(isAuthorized(logon, { authorization: 'Basic dTpw' })).toBe(true);
  });

  it('makes stand-in credentials that satisfy the operation', () => {
    for (const [method, path] of [
      ['GET', `/backups/${BACKUP}/restorePoints`],
      ['POST', '/sessionMngr/'],
      ['DELETE', `/logonSessions/${BACKUP}`],
    ] as const) {
      const operation = findOperation(method, path)!;
      expect(isAuthorized(operation, standInCredentials(operation))).toBe(true);
    }
  });
});
