import { Type, type TSchema } from '@sinclair/typebox';

/** `{code:0,data:…}` around a data schema: the one success shape of /api/v2. */
export function Envelope<T extends TSchema>(data: T) {
  return Type.Object({ code: Type.Literal(0), data }, { additionalProperties: false });
}

/** A query value as clients send it: a string, or an array for Rails-style `key[]=…`. */
export const QueryValue = Type.Union([Type.String(), Type.Array(Type.String())]);

/**
 * A path segment that is an id: digits only, so `/customers/by_name` and other names fall through to their
 * own static routes or to 100404 instead of answering "id 无效".
 */
export const ID_SEGMENT = ':id(^\\d+$)';

/** What a delete (and a password reset) answers: the id it acted on. */
export const IdOnly = Type.Object({ id: Type.Integer() }, { additionalProperties: false });
