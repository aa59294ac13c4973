import type { FastifyRequest } from 'fastify';

/**
 * Query parameters that are credentials: a login may come with its password in the query and calls with
 * `user_token` (README: client compatibility), and a link's `sig` opens the file for days. Tokens are stored only hashed, so
 * the request log must not keep them either.
 */
const SECRET_PARAMS = new Set(['password', 'user_token', 'sig']);

function paramName(pair: string): string {
  const raw = pair.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * qs reads `user_token[]`, `user_token[a]` and `a[password]` as nested values, so a secret's name counts
 * wherever it appears in a bracketed (or dotted) name, in any case, with stray spaces.
 */
function isSecret(pair: string): boolean {
  return paramName(pair)
    .toLowerCase()
    .split(/[[\].]/)
    .some((segment) => SECRET_PARAMS.has(segment.trim()));
}

export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const query = url
    .slice(q + 1)
    .split('&')
    .map((pair) => (isSecret(pair) ? `${pair.split('=', 1)[0]!}=[redacted]` : pair))
    .join('&');
  return `${url.slice(0, q + 1)}${query}`;
}

/** Fastify's own request serializer, with credentials taken out of the URL. */
export function requestLogSerializer(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
