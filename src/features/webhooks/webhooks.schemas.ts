import { Type, type Static } from '@sinclair/typebox';

const strict = { additionalProperties: false } as const;
const Nullable = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Integer>>(t: T) => Type.Union([t, Type.Null()]);

/** The wire shapes of webhooks.presenter.ts (the secret is never among them: it is shown once, on creation). */
export const LastDeliverySchema = Type.Object(
  {
    id: Type.String(),
    event: Type.String(),
    status: Type.String(),
    attempts: Type.Integer(),
    last_status_code: Nullable(Type.Integer()),
    created_at: Type.String(),
  },
  strict,
);
export type WireLastDelivery = Static<typeof LastDeliverySchema>;

export const WireEndpointSchema = Type.Object(
  {
    id: Type.Integer(),
    url: Type.String(),
    events: Type.Array(Type.String()),
    created_at: Type.String(),
    last_delivery: Type.Union([LastDeliverySchema, Type.Null()]),
  },
  strict,
);
export type WireEndpoint = Static<typeof WireEndpointSchema>;

/** The answer to a registration: the endpoint and, this once, its signing secret. */
export const CreatedEndpointSchema = Type.Object({ ...WireEndpointSchema.properties, secret: Type.String() }, strict);

export const WireDeliverySchema = Type.Object(
  {
    ...LastDeliverySchema.properties,
    last_error: Nullable(Type.String()),
    next_attempt_at: Nullable(Type.String()),
    attempt_log: Type.Array(
      Type.Object(
        { attempted_at: Type.String(), status_code: Nullable(Type.Integer()), error: Nullable(Type.String()), duration_ms: Type.Integer() },
        strict,
      ),
    ),
  },
  strict,
);
export type WireDelivery = Static<typeof WireDeliverySchema>;
