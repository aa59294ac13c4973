import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { Redis } from 'ioredis';
import type { Config } from '../config.ts';
import { fieldOf, fieldsOf } from '../domain/params.ts';
import { hashToken } from '../features/auth/tokens.ts';
import { credentialsOf } from './request-meta.ts';

const MINUTE = 60_000;

/**
 * Per token when the request carries one, per client IP otherwise (before login). A public route never checks
 * the token, so there one made up per request would escape every limit: those count per IP.
 */
function clientKey(request: FastifyRequest): string {
  const token = request.routeOptions.config.public ? undefined : credentialsOf(request).token;
  return token ? `t:${hashToken(token).slice(0, 32)}` : `ip:${request.ip}`;
}

function loginOf(request: FastifyRequest): string {
  const login = fieldOf(fieldsOf(request.body), 'login') ?? fieldOf(fieldsOf(request.query), 'login');
  if (typeof login === 'number') return String(login);
  return typeof login === 'string' ? login.trim().toLowerCase() : '';
}

export interface RateLimitHandle {
  /**
   * Counts a failed authentication against the client IP. The general limit is keyed by the token sent, so
   * without this a client could make up a new token for every request and never be limited.
   */
  onAuthenticationFailure(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Whether the shared counter store answers: `skipped` when counts live in memory (no REDIS_URL). */
  ping(): Promise<'ok' | 'skipped'>;
  close(): Promise<void>;
}

/** Failed authentications one IP may make per minute before it is throttled. */
export const AUTH_FAILURES_PER_MINUTE = 60;

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

/** Thrown past the limit; the error handler answers it as HTTP 429 `Retry later\n` (README: client compatibility). */
export class RateLimitedError extends Error {
  readonly statusCode = 429;
  constructor() {
    super('rate limited');
    this.name = 'RateLimitedError';
  }
}

/**
 * Runs limiters in order, each counting the request under its own key. We call them through
 * `createRateLimit` rather than `app.rateLimit` hooks: the plugin lets only the first of its hooks run per
 * request, which silently disabled the login limits behind the general one.
 */
function enforce(limiters: readonly Limiter[]): preHandlerAsyncHookHandler {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    for (const limiter of limiters) {
      const result = await limiter(request);
      if (result.isAllowed || !result.isExceeded) continue;
      void reply.header('retry-after', String(Math.max(1, result.ttlInSeconds)));
      throw new RateLimitedError();
    }
  };
}

/**
 * @fastify/rate-limit, in Redis when REDIS_URL is set (so every instance shares the counts), else in memory.
 * The general limit runs as a preValidation hook so form-body tokens are seen.
 */
export async function installRateLimits(app: FastifyInstance, config: Config, nameSpace: string): Promise<RateLimitHandle> {
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { connectTimeout: 2000, maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: false })
    : undefined;
  await app.register(rateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace } : {}),
    // Counting must never take the API down: if Redis is unreachable, serve rather than fail.
    skipOnError: true,
  });
  let failures: preHandlerAsyncHookHandler | undefined;
  if (config.rateLimitPerMinute > 0) {
    const general = app.createRateLimit({ max: config.rateLimitPerMinute, timeWindow: MINUTE, keyGenerator: clientKey });
    app.addHook('preValidation', enforce([general]));
    failures = enforce([
      app.createRateLimit({ max: AUTH_FAILURES_PER_MINUTE, timeWindow: MINUTE, keyGenerator: (r) => `auth-fail-ip:${r.ip}` }),
    ]);
  }
  return {
    onAuthenticationFailure: async (request, reply) => {
      if (failures) await failures.call(app, request, reply);
    },
    ping: async () => {
      if (!redis) return 'skipped';
      await redis.ping();
      return 'ok';
    },
    close: async () => void (redis ? await redis.quit().catch(() => undefined) : undefined),
  };
}

/** Login attempts: per login, and 5× that per IP (one address trying many logins). */
export function loginRateLimitHooks(app: FastifyInstance, config: Config): preHandlerAsyncHookHandler[] {
  if (config.loginRateLimitPerMinute <= 0) return [];
  const max = config.loginRateLimitPerMinute;
  return [
    enforce([
      app.createRateLimit({ max: max * 5, timeWindow: MINUTE, keyGenerator: (r) => `login-ip:${r.ip}` }),
      app.createRateLimit({ max, timeWindow: MINUTE, keyGenerator: (r) => `login:${loginOf(r)}` }),
    ]),
  ];
}
