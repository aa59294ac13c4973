import { Type, type TSchema } from '@sinclair/typebox';

/** `{code:0,data:…}` around a data schema: the one success shape of /api/v2. */
export function Envelope<T extends TSchema>(data: T) {
  return Type.Object({ code: Type.Literal(0), data }, { additionalProperties: false });
}

/** A query value as clients send it: a string, or an array for Rails-style `key[]=…`. */
export const QueryValue = Type.Union([Type.String(), Type.Array(Type.String())]);
