// Request bodies over the cap: 413 with EM's Error as soon as the cap is crossed, the rest never read; the mock serves on.
import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/index.ts';
import { expectEmError } from '../support/em-error.ts';
import { parseAnswer, type RawResponse, send } from '../support/http.ts';

// The logon takes a POST (a body to a GET-only path is refused as a wrong method before any of it is read).
const LOGON = 'POST /api/sessionMngr/?v=latest HTTP/1.1\r\nAuthorization: Basic dTpw';
const CAP = 64 * 1024;
let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ maxBodyBytes: CAP });
});
afterAll(() => mock?.stop());

/** Opens a connection, writes `head`, then body chunks of `chunk` bytes (none if 0) until the answer comes (or `limit` bytes went). */
async function streamUntilAnswered(head: string, chunk: number, limit: number, chunked: boolean): Promise<{ answer: RawResponse; sent: number }> {
  const { port } = new URL(mock.url);
  const socket = connect(Number(port), '127.0.0.1');
  await once(socket, 'connect');
  let data = Buffer.alloc(0);
  let answer: RawResponse | undefined;
  socket.on('data', (d: Buffer) => {
    data = Buffer.concat([data, d]);
    answer ??= parseAnswer(data);
  });
  socket.on('error', () => {}); // the server may reset the connection once it has answered
  socket.write(`${head}\r\nHost: 127.0.0.1\r\n${chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${limit}`}\r\n\r\n`);
  const piece = Buffer.alloc(chunk, 'a');
  let sent = 0;
  while (chunk > 0 && !answer && sent < limit && !socket.destroyed) {
    socket.write(chunked ? Buffer.concat([Buffer.from(`${chunk.toString(16)}\r\n`), piece, Buffer.from('\r\n')]) : piece);
    sent += chunk;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const deadline = Date.now() + 5_000;
  while (!answer && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  socket.destroy();
  if (!answer) throw new Error(`no answer after ${sent} bytes of body`);
  return { answer, sent };
}

describe('a request body over the cap', () => {
  it('declared by Content-Length: 413 before a byte of it is sent', async () => {
    const { answer, sent } = await streamUntilAnswered(LOGON, 0, 1024 ** 3, false);
    await expectEmError(answer, 413, /^The request body is larger than 65536 bytes, the most the EM mock takes\.$/);
    expect(answer.headers['connection']).toBe('close');
    expect(sent).toBe(0); // of a declared 1 GiB
  });

  it('chunked: 413 once the cap is crossed, long before the client stops sending', async () => {
    const { answer, sent } = await streamUntilAnswered(`${LOGON}\r\nAccept: application/json`, 16 * 1024, 256 * 1024 * 1024, true);
    await expectEmError(answer, 413, /larger than 65536 bytes/, 'json');
    expect(sent).toBeGreaterThan(CAP);
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  });

  it('leaves the mock serving, and a body under the cap reaches Prism', async () => {
    expect((await send(`${mock.url}/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints`, 'GET', { 'X-RestSvcSessionId': 't' })).status).toBe(200);
    const { answer } = await streamUntilAnswered(`POST /api/sessionMngr/?v=latest HTTP/1.1\r\nAuthorization: Basic dTpw`, 1024, 1024, false);
    // Prism's own refusal: the spec's logon takes no body, so it answers 415 rather than the layer's 413.
    expect(answer.status).toBe(415);
  });
});

describe('startMock checks its limits', () => {
  it('refuses a cap that is not a positive whole number', async () => {
    await expect(startMock({ maxBodyBytes: 0 })).rejects.toThrow('maxBodyBytes is 0; expected a positive whole number.');
  });
});
