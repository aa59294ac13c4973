import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, envelopeOf, invalidParameter, type ErrorEnvelope } from '../domain/errors.ts';
import { localeFromAcceptLanguage } from '../domain/locale.ts';

export const RETRY_LATER_BODY = 'Retry later\n';

function parameterOf(error: FastifyError): string {
  const first = error.validation?.[0];
  if (!first) return 'body';
  const missing = (first.params as { missingProperty?: string } | undefined)?.missingProperty;
  if (missing) return missing;
  const path = first.instancePath.replace(/^\//, '').split('/')[0];
  return path || error.validationContext || 'body';
}

/** Turns anything thrown into the AppError the client sees; unknown errors become 100500. */
function toAppError(error: FastifyError | AppError | Error, isUnavailable: (error: unknown) => boolean): AppError {
  if (error instanceof AppError) return error;
  if (isUnavailable(error) || isUnavailable(error.cause)) return new AppError('serviceUnavailable');
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return invalidParameter(parameterOf(fastifyError));
  const status = fastifyError.statusCode ?? 500;
  if (status === 413 || fastifyError.code === 'FST_REQ_FILE_TOO_LARGE') return new AppError('payloadTooLarge');
  if (status >= 400 && status < 500) return invalidParameter('body');
  return new AppError('internal');
}

function sendEnvelope(request: FastifyRequest, reply: FastifyReply, err: AppError, mode: 'compat' | 'strict') {
  const body: ErrorEnvelope = envelopeOf(err, localeFromAcceptLanguage(request.headers['accept-language']));
  const realStatus = mode === 'strict' || request.routeOptions?.config?.realStatus === true;
  // Router rejections skip the onSend hooks, so the envelope carries its hardening headers itself.
  reply.header('x-content-type-options', 'nosniff').header('cache-control', 'no-store');
  if (err.kind.code === 100503) reply.header('retry-after', '5');
  return reply.code(realStatus ? err.kind.strictStatus : 200).type('application/json').send(body);
}

/**
 * The router's own rejections (a malformed %-escape, an overlong path parameter) as envelopes. Fastify's
 * default body echoes the URL, credentials in its query included.
 */
export function frameworkErrorHandler(mode: 'compat' | 'strict') {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const err = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? invalidParameter('id') : new AppError('routeNotFound');
    request.log.info({ code: err.kind.code, reason: error.code }, 'request rejected by the router');
    void sendEnvelope(request, reply, err, mode);
  };
}

/**
 * What Node's HTTP parser rejects before there is a request (headers too large, a timed-out or malformed
 * request) gets the envelope as its body, under the real status: no route was found to say otherwise, and
 * the connection is closed after it.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    writeRawEnvelope(socket, 431, 'Request Header Fields Too Large', new AppError('invalidParameter', { zh: '请求头或网址过长', en: 'request headers or URL too long' }));
  } else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    writeRawEnvelope(socket, 408, 'Request Timeout', requestTimedOut());
  } else {
    writeRawEnvelope(socket, 400, 'Bad Request', invalidParameter('request'));
  }
}

export function requestTimedOut(): AppError {
  return new AppError('invalidParameter', { zh: '请求未在时限内传完', en: 'the request did not arrive in time' });
}

/** An envelope written straight to the socket (no request or reply exists, or one is stuck), then closed. */
export function writeRawEnvelope(socket: Socket, status: number, reason: string, err: AppError): void {
  const body = JSON.stringify(envelopeOf(err, 'zh'));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroySoon();
}

/**
 * One place maps errors to the wire: IKCRM envelopes on HTTP 200 (clients throw on 4xx before reading the
 * body, README: client compatibility) unless strict statuses are configured; throttling is always a real 429.
 */
export function installErrorHandling(
  app: FastifyInstance,
  mode: 'compat' | 'strict',
  isUnavailable: (error: unknown) => boolean = () => false,
): void {
  const send = (request: FastifyRequest, reply: FastifyReply, err: AppError) => sendEnvelope(request, reply, err, mode);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode === 429) {
      return reply.code(429).type('text/plain; charset=utf-8').send(RETRY_LATER_BODY);
    }
    const appError = toAppError(error, isUnavailable);
    if (appError.kind.code === 100500) {
      request.log.error({ err: error }, 'unhandled error');
    } else if (appError.kind.code === 100503) {
      request.log.warn({ err: error }, 'database unavailable');
    } else {
      request.log.info({ code: appError.kind.code, reason: appError.message }, 'request rejected');
    }
    return send(request, reply, appError);
  });

  app.setNotFoundHandler((request, reply) => send(request, reply, new AppError('routeNotFound')));
}
