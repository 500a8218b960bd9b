// Redaction takes secrets out of what a server echoed and never garbles the message the client wrote: a one-character
// password, a common word, or a word of the message itself reads exactly as an unguessable secret does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmClient, EmError } from '../../src/index.ts';
import type { CaseContext } from '../hostile/case.ts';
import { catalogue } from '../hostile/catalogue.ts';
import { startHostileServer } from '../hostile/server.ts';
import { BACKUP, BASE, fakeEm, json, xml } from '../support/fake-em.ts';

// One character (the mock README's own password `p`, a letter of `https`), common words, words of the messages' templates.
const SHORT_SECRETS = ['p', 'a', 'e', 's', 't', 'the', 'not', 'restore', 'points', 'Invalid', 'body', 'XML', 'answered', 'redacted', 'api', 'https', '1'];
// For the hostile cases, whose servers send EM's own messages ("… was not found", "… line 1"): only secrets that are no
// word of what those servers say, so any difference is garbling of the client's own text.
const TOKEN_SECRETS = ['p', 'e', 's', 't', 'restore', 'points', 'Invalid', 'XML', 'answered', 'redacted', 'https'];
const UNGUESSABLE = 'Zq8v-unguessable-token-Xw3';

/** What the client says about a failure: kind, status and message, or nothing when it succeeded. */
const outcomeOf = (promise: Promise<unknown>): Promise<string | undefined> =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof EmError ? `${error.kind} ${error.status} ${error.message}` : `not an EmError: ${String(error)}`),
  );

describe('every hostile case reads the same whatever the session token', () => {
  let context: CaseContext;
  beforeAll(async () => {
    context = { server: await startHostileServer(), elsewhere: await startHostileServer() };
    context.server.peer = context.elsewhere;
  });
  afterAll(async () => {
    await context.server.close();
    await context.elsewhere.close();
  });

  // Cases that bring their own session or credentials are about those; the rest take any token. Cases about size limits
  // are left out: their messages quote nothing, and their huge bodies, run here beside hostile.test.ts, would slow both.
  const aboutLimits = (c: (typeof catalogue)[number]) => 'kind' in c.outcome && /limit|larger than|reading stopped/.test(c.outcome.message?.source ?? '');
  const cases = catalogue.filter((c) => (!c.options || !('sessionId' in c.options || 'credentials' in c.options)) && !aboutLimits(c));
  it.each(cases.map((c, i) => [c.id, c, TOKEN_SECRETS[i % TOKEN_SECRETS.length]!] as const))('%s', { timeout: 120_000 }, async (_, hostile, secret) => {
    const outcome = async (sessionId: string) => {
      context.server.behave(hostile.serve);
      context.elsewhere.behave((__, res) => res.end('elsewhere'));
      // Cases about timeouts wait 5 s, as in hostile.test.ts; the others get room for a loaded machine.
      const timeoutMs = 'kind' in hostile.outcome && hostile.outcome.kind === 'timeout' ? 5_000 : 30_000;
      const em = createEmClient({ baseUrl: context.server.url, format: 'xml', sessionId, timeoutMs, ...hostile.options });
      const act = hostile.act ?? ((client) => client.listRestorePoints(BACKUP));
      return outcomeOf(act(em, context));
    };
    const expected = await outcome(UNGUESSABLE);
    expect(await outcome(secret), `session token ${JSON.stringify(secret)}`).toBe(expected);
    // Messages end with exactly one period.
    if (expected !== undefined) expect(expected).toMatch(/[^.]\.$/);
  });
});

describe('a server that echoes the password or the token', () => {
  const credentials = (password: string) => ({ username: 'svc-backup', password });
  // A logon refused with EM's Error body that repeats the password it was given, as a careless proxy might.
  const refusing = (password: string) =>
    fakeEm(() => json({ Message: `Login failed for svc-backup with password ${password}.`, StatusCode: 401 }, 401)).fetch;

  it.each(SHORT_SECRETS)('password %j: redacted where echoed, the rest of the message intact', async (password) => {
    const message = (pw: string) => outcomeOf(createEmClient({ baseUrl: BASE, credentials: credentials(pw), fetch: refusing(pw) }).listRestorePoints(BACKUP));
    const expected = 'logon-failed 401 Logon was refused with status 401: Login failed for svc-backup with password [redacted]; check the user name and password.';
    expect(await message(UNGUESSABLE)).toBe(expected);
    expect(await message(password)).toBe(expected);
  });

  it('redacts the token and the password in EM’s Error body too, by whole tokens', async () => {
    const fetch = fakeEm((request) =>
      request.method === 'POST'
        ? xml('<LogonSession xmlns="http://www.veeam.com/ent/v1.0" Href="https://em.example.com:9398/api/logonSessions/1" Type="LogonSession"><Links/><UserName>svc</UserName><SessionId>1</SessionId></LogonSession>', 201, {
            'x-restsvcsessionid': 'e',
          })
        : json({ Message: 'Session e of user svc (password: restore) expired; see /api/sessions?token=e.', StatusCode: 500 }, 500),
    ).fetch;
    const error = (await createEmClient({ baseUrl: BASE, credentials: credentials('restore'), fetch }).listRestorePoints(BACKUP).catch((e: unknown) => e)) as EmError;
    expect(error.message).toBe(
      'Could not list restore points: the server answered 500: Session [redacted] of user svc (password: [redacted]) expired; see /api/sessions?token=[redacted].',
    );
    expect(error.body?.Message).toBe('Session [redacted] of user svc (password: [redacted]) expired; see /api/sessions?token=[redacted].');
  });

  it('redacts what a body that does not fit the schema quotes, and keeps the codec’s words', async () => {
    // A ref whose Links is a string (the token and more) where Link objects belong: the codec quotes the string it got.
    const outcome = (token: string) =>
      outcomeOf(
        createEmClient({ baseUrl: BASE, sessionId: token, format: 'json', fetch: fakeEm(() => json({ Refs: [{ UID: 'u', Name: 'n', Href: 'h', Type: 't', Links: `${token} of it` }] })).fetch }).listRestorePoints(
          BACKUP,
        ),
      );
    const expected = 'invalid-body 200 Invalid value at EntityReferences.Refs[0].Links[0]: expected an object (Link), got the string "[redacted] of it".';
    expect(await outcome(UNGUESSABLE)).toBe(expected);
    // "value", "string" and "object" are words of the codec's own message: only the quoted text loses them.
    for (const secret of ['value', 'string', 'object', 'e']) expect(await outcome(secret)).toBe(expected);
  });

  it('finds a long token anywhere, even in text not marked as echoed, and URL-encoded', async () => {
    const token = 'O9Msj3rq7EGUhtSMBQx+mw==';
    const fetch = fakeEm(() => json({ Message: `Unknown session ${encodeURIComponent(token)}`, StatusCode: 401 }, 401)).fetch;
    const error = (await createEmClient({ baseUrl: BASE, sessionId: token, fetch }).listRestorePoints(BACKUP).catch((e: unknown) => e)) as EmError;
    expect(error.message).toMatch(/^Could not list restore points: the server answered 401: Unknown session \[redacted\]\. The session is missing/);
    expect(error.message).not.toContain(encodeURIComponent(token));
  });
});
