import type { Static, TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifyTypeProvider } from 'fastify';

/**
 * Route handlers see `request.query/params/body` typed from the route's TypeBox schemas, and their return
 * value is checked against the declared response. Our own provider because @fastify/type-provider-typebox 6
 * types schemas of the `typebox` 1.x package, while the schemas here are @sinclair/typebox 0.34.
 */
export interface TypeBoxProvider extends FastifyTypeProvider {
  validator: this['schema'] extends TSchema ? Static<this['schema']> : unknown;
  serializer: this['schema'] extends TSchema ? Static<this['schema']> : unknown;
}

export type TypedApp = ReturnType<typeof typed>;

/** The instance with schema-typed routes; every route file registers through it. */
export function typed(app: FastifyInstance) {
  return app.withTypeProvider<TypeBoxProvider>();
}
