import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalidParameter } from '../domain/errors.ts';
import { parseNested } from './body-parsing.ts';

const MULTIPART = 'multipart/form-data';
const FIELDS_BODY_LIMIT = 2 * 1024 * 1024;

/**
 * Accepts multipart/form-data bodies made of fields only (some clients post follow-ups that way, README: client compatibility),
 * nested Rails-style like a form body. Registered inside one encapsulated route scope, never globally: file
 * uploads have their own endpoint and parser. File parts are ignored here. Parsed before the auth hook runs,
 * so `user_token` in the fields works as in a form body.
 */
export function acceptMultipartFields(scope: FastifyInstance): void {
  if (scope.hasContentTypeParser(MULTIPART)) scope.removeContentTypeParser(MULTIPART);
  scope.addContentTypeParser(MULTIPART, { parseAs: 'buffer', bodyLimit: FIELDS_BODY_LIMIT }, async (request: FastifyRequest, body: Buffer) => {
    const contentType = request.headers['content-type'] ?? MULTIPART;
    // Node's own multipart parser (undici's FormData): no extra dependency for a fields-only body.
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData().catch(() => {
      throw invalidParameter('body', 'multipart/form-data fields');
    });
    const params = new URLSearchParams();
    for (const [key, value] of form.entries()) if (typeof value === 'string') params.append(key, value);
    return parseNested(params.toString());
  });
}
