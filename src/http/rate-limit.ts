import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import type { Config } from '../config.ts';
import { hashToken } from '../features/auth/tokens.ts';
import { credentialsOf } from './request-meta.ts';

const MINUTE = 60_000;

/** Per token when the request carries one, per client IP otherwise (before login). */
function clientKey(request: FastifyRequest): string {
  const token = credentialsOf(request).token;
  return token ? `t:${hashToken(token).slice(0, 32)}` : `ip:${request.ip}`;
}

function loginOf(request: FastifyRequest): string {
  const source = { ...(request.query as object), ...(typeof request.body === 'object' ? request.body : {}) } as Record<string, unknown>;
  return typeof source.login === 'string' ? source.login.trim().toLowerCase() : '';
}

export interface RateLimitHandle {
  close(): Promise<void>;
}

/**
 * @fastify/rate-limit, in Redis when REDIS_URL is set (so every instance shares the counts), else in memory.
 * The general limit runs as a preValidation hook so form-body tokens are seen; login has its own stricter
 * limits per login and per IP.
 */
export async function installRateLimits(app: FastifyInstance, config: Config, nameSpace = 'genjin-rl:'): Promise<RateLimitHandle> {
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { connectTimeout: 2000, maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: false })
    : undefined;
  await app.register(rateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace } : {}),
    // Counting must never take the API down: if Redis is unreachable, serve rather than fail.
    skipOnError: true,
  });
  if (config.rateLimitPerMinute > 0) {
    app.addHook(
      'preValidation',
      app.rateLimit({ max: config.rateLimitPerMinute, timeWindow: MINUTE, keyGenerator: clientKey }),
    );
  }
  return { close: async () => void (redis ? await redis.quit().catch(() => undefined) : undefined) };
}

export function loginRateLimitHooks(app: FastifyInstance, config: Config) {
  if (config.loginRateLimitPerMinute <= 0) return [];
  const max = config.loginRateLimitPerMinute;
  return [
    app.rateLimit({ max: max * 5, timeWindow: MINUTE, keyGenerator: (r) => `login-ip:${r.ip}` }),
    app.rateLimit({ max, timeWindow: MINUTE, keyGenerator: (r) => `login:${loginOf(r)}` }),
  ];
}
