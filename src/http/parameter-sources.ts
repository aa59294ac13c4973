import type { FastifyInstance } from 'fastify';
import { invalidParameter } from '../domain/errors.ts';
import { findNul } from '../domain/params.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

/**
 * Where parameters come from, the same for every route, before authentication and validation:
 * - U+0000 anywhere (path, query, body, keys included) is a 100406 here, once: PostgreSQL cannot store it,
 *   and SQLite would keep what PostgreSQL refuses;
 * - a missing body is an empty one (`curl -X POST …/disable` sends none);
 * - every query parameter may come in a form or JSON body too, as IKCRM scripts send paging and filters in
 *   a GET body; when both carry a key, the query wins. The body itself is left as sent.
 * Registered before the auth hook, so a NUL never reaches a token lookup.
 */
export function installParameterSources(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const nulAt = findNul(request.params, '') ?? findNul(request.query, '') ?? findNul(request.body, '');
    if (nulAt !== undefined) throw invalidParameter(nulAt || 'body', 'text without U+0000 (NUL)');
    if ((request.body === undefined || request.body === null) && !request.isMultipart()) request.body = {};
    if (isPlainObject(request.body)) {
      const query = isPlainObject(request.query) ? request.query : {};
      request.query = { ...request.body, ...query };
    }
  });
}

/** JSON bodies through Fastify's own (prototype-poisoning-safe) parser; an empty body is `{}`. */
export function installEmptyJsonBody(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (typeof body === 'string' && body.trim() === '') {
      done(null, {});
      return;
    }
    void parse(request, body as string, done);
  });
}
