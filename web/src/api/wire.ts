/**
 * The one door to the server's wire types: every shape the app reads comes from the typed client
 * `genjin/client` (src/client), whose types are generated from the committed openapi.json. Type-only: nothing
 * of the client or the server is bundled; calls still go through ./client.ts (session, language, 100401).
 */
import type * as Wire from '../../../src/client/index.ts';

export type RevisitLog = Wire.RevisitLog;
export type RevisitLogPage = Wire.RevisitLogPage;
export type Attachment = Wire.Attachment;
/** Comments as `GET …/comments` and the inlined latest three carry them (the same five fields). */
export type Comment = RevisitLog['comments'][number];
export type WireUser = Wire.WireUser;
export type SimpleUser = Wire.SimpleUser;
export type Department = Wire.Department;
export type LoginData = Wire.LoginData;
export type FieldValue = Wire.FieldValue;
/** The shared part of every entity item; per-type extras (status_mapped, customer_name …) are read loosely. */
export type Entity = Wire.Customer & Record<string, unknown>;
export type LoggableType = RevisitLog['loggable_type'];

export type Paged = Wire.Paged;
