// The misbehaving server: a real HTTP server on 127.0.0.1 whose behaviour each case sets, recording what it received.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Received {
  method: string;
  /** The raw request target, exactly as sent. */
  url: string;
  headers: IncomingMessage['headers'];
}

export type Behaviour = (req: IncomingMessage, res: ServerResponse, server: HostileServer) => void;

export interface HostileServer {
  /** Base URL as clients use it, ending in `/api`. */
  url: string;
  received: Received[];
  /** Bytes the behaviour managed to write before the client hung up (for size-limit cases). */
  written: number;
  /** Another server, on another origin, that cases may point the client at. */
  peer?: HostileServer;
  openSockets(): number;
  behave(behaviour: Behaviour): void;
  close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  let behaviour: Behaviour = (_, res) => res.end();
  const sockets = new Set<Socket>();
  const self: HostileServer = {
    url: '',
    received: [],
    written: 0,
    openSockets: () => sockets.size,
    behave(next) {
      behaviour = next;
      self.received = [];
      self.written = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server = createServer((req, res) => {
    self.received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    behaviour(req, res, self);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  self.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return self;
}
