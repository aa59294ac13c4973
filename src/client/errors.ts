/** An answer that is not a success: an error envelope (`code !== 0`), a throttled or a non-envelope answer. */
export class GenjinError extends Error {
  /** The envelope's code (100401, 100406 …); 429 when still throttled after the retries; the HTTP status for a non-envelope answer. */
  readonly code: number;
  /** The envelope's `error` key (`user_authentication_error` …), `rate_limited`, or `http_error`. */
  readonly error: string;
  /** HTTP status of the answer (200 for IKCRM error envelopes in the default compat mode). */
  readonly status: number;
  constructor(fields: { code: number; error: string; message: string; status: number }) {
    super(fields.message);
    this.name = 'GenjinError';
    this.code = fields.code;
    this.error = fields.error;
    this.status = fields.status;
  }
}

/** Codes of the catalogue a caller typically branches on (README: error codes). */
export const ErrorCodes = {
  invalidDevice: 100000,
  notFound: 100100,
  loginFailed: 100400,
  unauthenticated: 100401,
  forbidden: 100403,
  routeNotFound: 100404,
  invalidParameter: 100406,
  conflict: 100409,
  payloadTooLarge: 100413,
  internal: 100500,
  serviceUnavailable: 100503,
} as const;
