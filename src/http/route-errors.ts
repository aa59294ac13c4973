import { Type } from '@sinclair/typebox';
import { ErrorKinds, type ErrorKind } from '../domain/errors.ts';

export type ErrorCode = (typeof ErrorKinds)[keyof typeof ErrorKinds]['code'];

const KINDS: ReadonlyMap<number, ErrorKind> = new Map(Object.values(ErrorKinds).map((k) => [k.code, k]));

/**
 * Codes any route can answer, so no route lists them: a malformed or oversized body or query (100406,
 * 100413 — GET bodies are parsed too, IKCRM clients send credentials in form bodies), a bug (100500), a
 * database that cannot be reached (100503).
 */
export const ANY_ROUTE_ERRORS: readonly ErrorCode[] = [100406, 100413, 100500, 100503];

/** Every route behind a token: a refused `device` (100000), a missing, expired or revoked token (100401). */
export const TOKEN_ERRORS: readonly ErrorCode[] = [100000, 100401];

/** Admin routes: the token's, and 100403 for anyone but an administrator whose role sees the whole organization. */
export const ADMIN_ERRORS: readonly ErrorCode[] = [...TOKEN_ERRORS, 100403];

/**
 * The errors a route declares, as its `default` response: errors travel as HTTP 200 envelopes (README: client
 * compatibility; the real status only when strict statuses are configured), and OpenAPI has one schema per
 * status, so the envelope is documented beside the 200 success instead of inside it. `code` and `error` are
 * enums of exactly the declared errors, and the description lists them in Chinese and English. Responses
 * are serialized with JSON.stringify (src/app.ts), so this schema documents and never changes what is sent.
 */
export function errorsOf(...codes: readonly (ErrorCode | readonly ErrorCode[])[]) {
  const all = [...new Set([...codes.flat(), ...ANY_ROUTE_ERRORS])].sort((a, b) => a - b);
  const kinds = all.map((code) => {
    const kind = KINDS.get(code);
    if (!kind) throw new Error(`errorsOf: ${code} is not in src/domain/errors.ts`);
    return kind;
  });
  const list = kinds.map((k) => `\n- \`${k.code}\` ${k.zh} / ${k.en}`).join('');
  return {
    default: Type.Object(
      {
        code: Type.Integer({ enum: all }),
        message: Type.String({ description: '按 Accept-Language 本地化 / localized by Accept-Language (Chinese by default)' }),
        error: Type.String({ enum: kinds.map((k) => k.key) }),
      },
      {
        additionalProperties: false,
        description: `错误 / Errors — HTTP 200 like a success (read \`code\`): ${list}`,
      },
    ),
  };
}
