import { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { requestTimedOut, writeRawEnvelope } from './error-handler.ts';

export interface BodyTimeouts {
  bodyMs: number;
  uploadMs: number;
}

/**
 * Closes a request whose body has not fully arrived in time (one byte every 10 s once held a login open
 * for minutes). Node's own requestTimeout is one value for every route and Fastify turns it off; uploads
 * need a longer allowance than a JSON body, so the timer is set here, per request, from the content type.
 * Headers are bounded by Node's headersTimeout (60 s) before this hook runs.
 */
export function installBodyTimeouts(app: FastifyInstance, timeouts: BodyTimeouts): void {
  app.addHook('onRequest', (request, reply, done) => {
    const raw = request.raw;
    const declared = raw.headers['content-length'];
    const hasBody = raw.headers['transfer-encoding'] !== undefined || (declared !== undefined && declared !== '0');
    // inject() has no socket to hold open, so nothing to time out.
    if (!hasBody || raw.complete || !(raw.socket instanceof Socket)) {
      done();
      return;
    }
    const isUpload = (raw.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/');
    const limit = isUpload ? timeouts.uploadMs : timeouts.bodyMs;
    const timer = setTimeout(() => {
      if (raw.complete || raw.socket.destroyed) return;
      request.log.info({ limitMs: limit }, 'request body did not arrive in time: closing');
      if (!raw.socket.writable || reply.raw.headersSent) {
        raw.socket.destroy();
        return;
      }
      writeRawEnvelope(raw.socket, 408, 'Request Timeout', requestTimedOut());
    }, limit);
    timer.unref();
    const clear = () => clearTimeout(timer);
    raw.once('end', clear);
    raw.once('close', clear);
    done();
  });
}
