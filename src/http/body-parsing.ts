import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import qs from 'qs';

// Rails-style nesting (`revisit_log[content]=…`, `at_user_ids[]=1`) with bounds, so a hostile query cannot
// build huge objects.
const QS_OPTIONS = { depth: 5, arrayLimit: 200, parameterLimit: 2000, allowDots: false } as const;

export function parseNested(text: string): Record<string, unknown> {
  return qs.parse(text, QS_OPTIONS) as Record<string, unknown>;
}

export async function installBodyParsing(app: FastifyInstance): Promise<void> {
  await app.register(formbody, { parser: (body) => parseNested(body), bodyLimit: 2 * 1024 * 1024 });
}
