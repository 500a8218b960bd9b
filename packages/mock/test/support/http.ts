// Raw node:http requests (fetch always sends Accept), and whether anything still listens on a port.
import { request } from 'node:http';
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export function send(url: string, method = 'GET', headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Resolves true when a TCP connection to the URL's port succeeds, false when it is refused. */
export function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Sends `head` (a request line and headers, CRLF-separated, no final blank line) byte for byte over a fresh TCP connection
 * (so paths reach the server as written: `..`, `#`, `%FF`) and resolves with the first answer; the connection is then closed.
 */
export function sendRaw(url: string, head: string, body = ''): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let data = Buffer.alloc(0);
    socket.once('connect', () => socket.write(`${head}\r\nHost: ${hostname}:${port}\r\n\r\n${body}`));
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      const parsed = parseAnswer(data);
      if (parsed) {
        socket.destroy();
        resolve(parsed);
      }
    });
    socket.once('error', reject);
    socket.once('close', () => reject(new Error(`the connection closed before a whole answer; got ${JSON.stringify(data.toString('latin1').slice(0, 200))}`)));
  });
}

/** The first whole answer in `data` (its body framed by Content-Length, or none), or undefined while it is incomplete. */
export function parseAnswer(data: Buffer): RawResponse | undefined {
  const end = data.indexOf('\r\n\r\n');
  if (end === -1) return undefined;
  const [statusLine = '', ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers['content-length'] ?? 0);
  if (data.length < end + 4 + length) return undefined;
  return { status: Number(statusLine.split(' ')[1]), headers, text: data.subarray(end + 4, end + 4 + length).toString('utf8') };
}
