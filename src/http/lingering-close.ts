import type { IncomingMessage } from 'node:http';

/** nginx's lingering close: read and discard for at most 30 s, or this many bytes, then cut. */
export const LINGER_MS = 30_000;
export const LINGER_BYTES = 64 * 1024 * 1024;

/**
 * After an early answer (100413 to an oversized upload), reads and discards the rest of the body. Closing
 * with bytes still arriving makes the kernel send a reset, and fetch, requests and Guzzle, which read the
 * answer only once they have sent the whole body, then report the reset instead of the envelope. The
 * discarding is bounded in time and size, so a client cannot hold the connection by sending forever.
 */
export function discardRestOfBody(request: IncomingMessage, limits = { ms: LINGER_MS, bytes: LINGER_BYTES }): void {
  if (request.complete) return;
  let seen = 0;
  const cut = () => request.destroy();
  const timer = setTimeout(cut, limits.ms);
  timer.unref();
  const done = () => clearTimeout(timer);
  request.once('end', done);
  request.once('close', done);
  request.unpipe();
  request.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > limits.bytes) {
      done();
      cut();
    }
  });
  request.resume();
}
