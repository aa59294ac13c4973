import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalStorage } from '../../src/storage/local-storage.ts';

async function text(stream: Readable | undefined): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream!) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

describe('local storage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lets two writers of one key race within the same millisecond (two first requests for a preview)', async () => {
    const storage = createLocalStorage(fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-storage-')));
    vi.spyOn(Date, 'now').mockReturnValue(1_800_000_000_000);
    const slow = (s: string) => Readable.from((async function* () {
      for (const c of s) {
        await new Promise((r) => setTimeout(r, 2));
        yield Buffer.from(c);
      }
    })());
    await Promise.all([storage.put('derived/a-preview.jpg', slow('abcdef'), 'image/jpeg'), storage.put('derived/a-preview.jpg', slow('abcdef'), 'image/jpeg')]);
    expect(await text(await storage.get('derived/a-preview.jpg'))).toBe('abcdef');
  });

  it('leaves no file behind when the body fails, however early (an upload cut off at the size limit)', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-storage-'));
    const storage = createLocalStorage(root);
    for (let i = 0; i < 20; i++) {
      const failing = Readable.from((async function* () {
        if (i % 2 === 0) yield Buffer.from('head');
        throw new Error('cut off');
      })());
      await expect(storage.put(`uploads/ab/${i}.txt`, failing, 'text/plain')).rejects.toThrow('cut off');
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name)).toEqual([]);
  });

  it('refuses keys that could leave its folder', async () => {
    const storage = createLocalStorage(fs.mkdtempSync(path.join(os.tmpdir(), 'genjin-storage-')));
    for (const key of ['../x', 'a/../../x', '/etc/passwd', 'a\\..\\x', '.hidden', 'a/./b']) {
      await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/unsafe storage key/);
    }
  });
});
