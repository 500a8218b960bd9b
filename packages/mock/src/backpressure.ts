// Pipelining without reading answers: a connection with too many unanswered requests stops being read until they drain.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** Unanswered requests one connection may have before the layer stops reading from it. */
export const MAX_PENDING_PER_CONNECTION = 16;

// Node's own guard (lib/_http_server.js) pauses a connection, parser included, only while answers pile up unsent; its
// `_paused` flag and `parser.pause()`/`resume()` are what it uses, so the same pause covers requests piling up unanswered.
type Paused = Socket & { _paused?: boolean; parser?: { resume(): void } | null };

const pending = new WeakMap<Socket, number>();

/** Counts the request against its connection until its answer is done, pausing and resuming the connection around the limit. */
export function holdBack(req: IncomingMessage, res: ServerResponse, limit: number = MAX_PENDING_PER_CONNECTION): void {
  const socket = req.socket as Paused;
  const count = (pending.get(socket) ?? 0) + 1;
  pending.set(socket, count);
  if (count >= limit && !socket._paused) {
    // Node pauses the parser itself once the current chunk is parsed, when it sees this flag.
    socket._paused = true;
    socket.pause();
  }
  res.once('close', () => {
    const left = (pending.get(socket) ?? 1) - 1;
    pending.set(socket, left);
    if (left <= limit / 2 && socket._paused && !socket.destroyed) {
      socket._paused = false;
      socket.parser?.resume();
      socket.resume();
    }
  });
}
