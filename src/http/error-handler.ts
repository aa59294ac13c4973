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
function toAppError(error: FastifyError | AppError | Error): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return invalidParameter(parameterOf(fastifyError));
  const status = fastifyError.statusCode ?? 500;
  if (status === 413 || fastifyError.code === 'FST_REQ_FILE_TOO_LARGE') return new AppError('payloadTooLarge');
  if (status >= 400 && status < 500) return invalidParameter('body');
  return new AppError('internal');
}

/**
 * One place maps errors to the wire: IKCRM envelopes on HTTP 200 (clients throw on 4xx before reading the
 * body, COMPAT.md) unless strict statuses are configured; throttling is always a real 429.
 */
export function installErrorHandling(app: FastifyInstance, mode: 'compat' | 'strict'): void {
  const send = (request: FastifyRequest, reply: FastifyReply, err: AppError) => {
    const body: ErrorEnvelope = envelopeOf(err, localeFromAcceptLanguage(request.headers['accept-language']));
    const realStatus = mode === 'strict' || request.routeOptions.config.realStatus === true;
    return reply.code(realStatus ? err.kind.strictStatus : 200).type('application/json').send(body);
  };

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode === 429) {
      return reply.code(429).type('text/plain; charset=utf-8').send(RETRY_LATER_BODY);
    }
    const appError = toAppError(error);
    if (appError.kind.code === 100500) {
      request.log.error({ err: error }, 'unhandled error');
    } else {
      request.log.info({ code: appError.kind.code, reason: appError.message }, 'request rejected');
    }
    return send(request, reply, appError);
  });

  app.setNotFoundHandler((request, reply) => send(request, reply, new AppError('routeNotFound')));
}
