// Pipelining without reading answers: a connection with too many unanswered requests stops being read until they drain,
// and only a few of its requests at a time may queue for Prism, so that one connection cannot fill the queue for all.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Gate } from './gate.ts';

/** Unanswered requests on one connection at which the layer stops reading from it. */
export const PAUSE_AT = 16;
/** Requests of one connection in the queue for Prism or in flight at once; the rest of what one read brought in waits its turn. */
export const MAX_PENDING_PER_CONNECTION = 16;

// Node's own guard (lib/_http_server.js) pauses a connection, parser included, only while answers pile up unsent; its
// `_paused` flag and `parser.pause()`/`resume()` are what it uses, so the same pause covers requests piling up unanswered.
type Paused = Socket & { _paused?: boolean; parser?: { pause(): void; resume(): void } | null };

const pending = new WeakMap<Socket, number>();
const gates = new WeakMap<Socket, Gate>();

/** The connection's own gate in front of the shared one (its waits are bounded by what one read can bring in). */
export function connectionGate(socket: Socket, queueTimeoutMs: number): Gate {
  let gate = gates.get(socket);
  if (!gate) gates.set(socket, (gate = new Gate({ maxInFlight: MAX_PENDING_PER_CONNECTION, maxQueued: 4_096, queueTimeoutMs })));
  return gate;
}

/** Counts the request against its connection until its answer is done, pausing and resuming the connection around the limit. */
export function holdBack(req: IncomingMessage, res: ServerResponse): void {
  const socket = req.socket as Paused;
  // Node resumes a paused connection whenever its unsent answers fall below 16 KiB; not while it has too many unanswered.
  if (!pending.has(socket)) {
    socket.on('resume', () => {
      if ((pending.get(socket) ?? 0) < PAUSE_AT || socket._paused) return;
      socket._paused = true;
      socket.pause();
      socket.parser?.pause();
    });
  }
  const count = (pending.get(socket) ?? 0) + 1;
  pending.set(socket, count);
  if (count >= PAUSE_AT && !socket._paused) {
    // Node pauses the parser itself once the current chunk is parsed, when it sees this flag.
    socket._paused = true;
    socket.pause();
  }
  res.once('close', () => {
    const left = (pending.get(socket) ?? 1) - 1;
    pending.set(socket, left);
    // Not while answers wait unsent (a client that reads nothing): Node resumes on 'drain' itself.
    if (left <= PAUSE_AT / 2 && socket._paused && !socket.destroyed && !socket.writableNeedDrain) {
      socket._paused = false;
      socket.parser?.resume();
      socket.resume();
    }
  });
}
