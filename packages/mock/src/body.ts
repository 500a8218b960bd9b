// A request body read up to a cap: refused the moment the cap is crossed, the rest never held.
import type { IncomingMessage } from 'node:http';

/** The default cap on request bodies: EM's requests here have none, so 1 MiB is generous. */
export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`The request body is larger than ${maxBytes} bytes, the most the EM mock takes.`);
  }
}

/** Whether the declared `Content-Length` is already over the cap (refused before a byte is read). */
export const declaredTooLarge = (req: IncomingMessage, maxBytes: number): boolean => Number(req.headers['content-length'] ?? 0) > maxBytes;

/** The whole body, or `BodyTooLarge` as soon as more than `maxBytes` arrived; reading then stops (the socket is paused). */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      done();
      req.pause();
      chunks.length = 0;
      reject(new BodyTooLarge(maxBytes));
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks, size));
    };
    const onClose = () => {
      done();
      reject(new Error('The client closed the connection before sending the whole body.'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
  });
}
