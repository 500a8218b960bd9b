import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEmClient, EmError } from '../../src/index.ts';
import type { CaseContext } from './case.ts';
import { catalogue } from './catalogue.ts';
import { startHostileServer } from './server.ts';

const TOKEN = 'hostile-session-token';
let context: CaseContext;

beforeAll(async () => {
  context = { server: await startHostileServer(), elsewhere: await startHostileServer() };
  context.server.peer = context.elsewhere;
});
afterAll(async () => {
  await context.server.close();
  await context.elsewhere.close();
});

describe('a hostile or broken server gets correct data or a typed EmError', () => {
  it('has at least 40 cases with unique ids', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(40);
    expect(new Set(catalogue.map((c) => c.id)).size).toBe(catalogue.length);
  });

  it.each(catalogue.map((c) => [`${c.group}: ${c.id}`, c] as const))('%s', async (_, hostile) => {
    context.server.behave(hostile.serve);
    context.elsewhere.behave((_, res) => res.end('elsewhere'));
    const em = createEmClient({ baseUrl: context.server.url, format: 'xml', sessionId: TOKEN, timeoutMs: 5_000, ...hostile.options });
    const act = hostile.act ?? ((client) => client.listRestorePoints('7b6a400c-452c-41d1-bb81-ea682e89492d'));
    const result = await act(em, context).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );

    if ('value' in hostile.outcome) {
      expect('error' in result ? String((result as { error: unknown }).error) : undefined).toBeUndefined();
      expect((result as { value: unknown }).value).toEqual(hostile.outcome.value);
    } else {
      const error = (result as { error?: unknown }).error;
      expect(error, 'expected the call to fail').toBeInstanceOf(EmError);
      const { kind, status, message } = hostile.outcome;
      expect((error as EmError).kind, (error as EmError).message).toBe(kind);
      expect((error as EmError).status).toBe(status);
      if (message) expect((error as EmError).message).toMatch(message);
      expect((error as EmError).message).not.toContain(TOKEN);
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    await hostile.check?.(context, { expect, waitFor: vi.waitFor });
  });
});
