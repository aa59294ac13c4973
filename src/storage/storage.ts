import type { Readable } from 'node:stream';

/** Where attachment bytes live. Keys are random and opaque; a put is complete before its row commits. */
export interface Storage {
  put(key: string, body: Buffer | Readable, contentType: string): Promise<void>;
  /** The bytes, or undefined when the key holds nothing. `range` is inclusive, like HTTP Range. */
  get(key: string, range?: { start: number; end: number }): Promise<Readable | undefined>;
  delete(key: string): Promise<void>;
  /** Throws when the storage cannot be reached or written (readiness checks call it). */
  probe(): Promise<void>;
  /** Every key stored, in no particular order (for `genjin storage verify`). */
  keys(): AsyncIterable<string>;
  describe: string;
}
