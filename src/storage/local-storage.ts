import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Storage } from './storage.ts';

const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9/_-]*(\.[A-Za-z0-9]+)?$/;

/** A folder on disk. Writes go to a temporary name and are renamed into place, so a key is whole or absent. */
export function createLocalStorage(root: string): Storage {
  const base = path.resolve(root);
  const fileOf = (key: string) => {
    if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`unsafe storage key: ${key}`);
    return path.join(base, key);
  };
  return {
    describe: `local folder ${base}`,
    async put(key, body) {
      const file = fileOf(key);
      await fsp.mkdir(path.dirname(file), { recursive: true });
      // Unique per write: two first requests for one image variant both write its key at once.
      const temp = `${file}.${randomBytes(8).toString('hex')}.partial`;
      const out = fs.createWriteStream(temp);
      try {
        await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, out);
        await fsp.rename(temp, file);
      } catch (error) {
        // A destroyed write stream may still be opening its file: wait for it to close, or the file could
        // appear after it was removed.
        if (!out.closed) await once(out, 'close').catch(() => undefined);
        await fsp.rm(temp, { force: true });
        throw error;
      }
    },
    async get(key, range) {
      const file = fileOf(key);
      try {
        await fsp.access(file);
      } catch {
        return undefined;
      }
      return fs.createReadStream(file, range ? { start: range.start, end: range.end } : {});
    },
    async delete(key) {
      await fsp.rm(fileOf(key), { force: true });
    },
    async probe() {
      await fsp.mkdir(base, { recursive: true });
      await fsp.access(base, fs.constants.W_OK);
    },
    async *keys() {
      let entries: string[];
      try {
        entries = await fsp.readdir(base, { recursive: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      for (const entry of entries) {
        const key = entry.split(path.sep).join('/');
        // In-progress writes are not stored keys yet.
        if (key.endsWith('.partial') || !SAFE_KEY.test(key)) continue;
        if ((await fsp.stat(path.join(base, entry))).isFile()) yield key;
      }
    },
  };
}
