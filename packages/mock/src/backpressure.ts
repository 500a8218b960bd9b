// Pipelining without reading answers: a connection with too many unanswered requests stops being read until they drain,
// and what one read brought in past a hard cap is turned away at once instead of queueing for Prism.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** Unanswered requests on one connection at which the layer stops reading from it. */
export const PAUSE_AT = 16;
/** Unanswered requests on one connection past which more are answered 503 at once (one read can hold hundreds). */
export const MAX_PENDING_PER_CONNECTION = 64;

// Node's own guard (lib/_http_server.js) pauses a connection, parser included, only while answers pile up unsent; its
// `_paused` flag and `parser.resume()` are what it uses, so the same pause covers requests piling up unanswered.
type Paused = Socket & { _paused?: boolean; parser?: { resume(): void } | null };

const pending = new WeakMap<Socket, number>();

/**
 * Counts the request against its connection until its answer is done, pausing and resuming the connection around the
 * limit; returns how many are pending on it now (this one included).
 */
export function holdBack(req: IncomingMessage, res: ServerResponse): number {
  const socket = req.socket as Paused;
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
  return count;
}
