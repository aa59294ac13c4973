import type { FastifyRequest } from 'fastify';
import { AppError } from '../domain/errors.ts';
import { localeFromAcceptLanguage } from '../domain/locale.ts';
import type { RequestCtx } from '../request-context.ts';
import { extractCredentials, type Credentials } from '../features/auth/credentials.ts';

export function credentialsOf(request: FastifyRequest): Credentials {
  const accessToken = request.headers['access-token'];
  return extractCredentials({
    authorization: request.headers.authorization,
    accessToken: Array.isArray(accessToken) ? accessToken[0] : accessToken,
    query: request.query,
    body: request.body,
  });
}

export function baseUrlOf(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

export function localeOf(request: FastifyRequest) {
  return localeFromAcceptLanguage(request.headers['accept-language']);
}

/** The context the auth hook attached; a route that needs one and lacks it is a programming error. */
export function ctxOf(request: { readonly ctx?: RequestCtx | undefined }): RequestCtx {
  if (!request.ctx) throw new AppError('unauthenticated');
  return request.ctx;
}

/** The `Idempotency-Key` header (the first, if sent twice). */
export function idempotencyKeyOf(request: { readonly headers: FastifyRequest['headers'] }): string | undefined {
  const header = request.headers['idempotency-key'];
  return Array.isArray(header) ? header[0] : header;
}
