/**
 * `genjin/client`: a typed client for Genjin's /api/v2, generated types from openapi.json, no dependency but
 * `fetch`. Compiled to dist/client by `npm install` (tsconfig.client.json).
 */
export { createClient, type GenjinClient, type OptionEntity } from './client.ts';
export { GenjinError, ErrorCodes } from './errors.ts';
export { DEFAULT_DEVICE, DEFAULT_MAX_RETRIES, MAX_RETRY_AFTER_SECONDS, type ClientOptions, type RequestOptions } from './transport.ts';
export { encodeParams } from './query.ts';
export type { Download } from './download.ts';
export type { EntityResource, ListItemOf } from './entities.ts';
export type * from './inputs.ts';
export type * from './wire-types.ts';
export type { paths } from './openapi-types.ts';
