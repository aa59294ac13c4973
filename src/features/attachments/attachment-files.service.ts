import type { Readable } from 'node:stream';
import type { AppContext } from '../../app-context.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { contentDisposition } from '../../domain/file-names.ts';
import { parseByteRange } from '../../http/byte-range.ts';
import { findAttachmentById, type AttachmentRecord } from './attachments.repository.ts';
import { isSafeInline } from './content-sniffing.ts';
import { derivedKey, renderSlots, renderVariant, VARIANT_CONTENT_TYPE, type ImageVariant } from './image-variants.ts';
import { SlotsFull } from './render-slots.ts';
import { ATTACHMENT_VARIANTS, type AttachmentVariant } from './signed-urls.ts';

export interface FileRequest {
  id: number;
  variant: string;
  exp: string | undefined;
  sig: string | undefined;
  range: string | undefined;
  ifNoneMatch: string | undefined;
}

export interface FileResponse {
  status: 200 | 206 | 304 | 416;
  headers: Record<string, string>;
  body: Readable | Buffer | undefined;
}

/** Browsers and CDNs may keep a response at most this long, and never past the link's expiry. */
const MAX_CACHE_SECONDS = 86_400;

function linkRejected(): AppError {
  return new AppError('forbidden', { zh: '链接无效或已过期', en: 'the link is invalid or has expired' });
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The resized JPEG for `file` or `preview`, made on first request and cached in storage under a derived key.
 * Undefined when the image cannot be decoded (e.g. a HEIC variant sharp lacks): the original is served then.
 */
async function imageVariant(app: AppContext, row: AttachmentRecord, variant: ImageVariant): Promise<Buffer | undefined> {
  const key = derivedKey(row.storage_key, variant);
  const cached = await app.storage.get(key);
  // An empty derivative records a render that failed: the original is served without trying again.
  if (cached) return nonEmpty(await readAll(cached));
  let pending = rendering.get(key);
  if (!pending) {
    pending = renderSlots.run(() => renderAndStore(app, row.storage_key, key, variant));
    rendering.set(key, pending);
    void pending.finally(() => rendering.delete(key)).catch(() => undefined);
  }
  try {
    return await pending;
  } catch (error) {
    if (error instanceof SlotsFull) throw new AppError('serviceUnavailable');
    throw error;
  }
}

/** Renders in flight by derived key: thirty opens of one new preview make one render, not thirty. */
const rendering = new Map<string, Promise<Buffer | undefined>>();

function nonEmpty(bytes: Buffer): Buffer | undefined {
  return bytes.length > 0 ? bytes : undefined;
}

/** Runs inside a render slot: the original is read only now, so queued requests hold no bytes. */
async function renderAndStore(app: AppContext, originalKey: string, key: string, variant: ImageVariant): Promise<Buffer | undefined> {
  const original = await app.storage.get(originalKey);
  if (!original) throw notFound();
  let rendered: Buffer;
  try {
    rendered = await renderVariant(await readAll(original), variant);
  } catch {
    await app.storage.put(key, Buffer.alloc(0), VARIANT_CONTENT_TYPE);
    return undefined;
  }
  await app.storage.put(key, rendered, VARIANT_CONTENT_TYPE);
  return rendered;
}

function wireContentType(type: string): string {
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}

/**
 * Serves one variant of an attachment to whoever holds a valid signed link: the signature (id, variant,
 * expiry) is the authorization, so no token is needed and no organization is consulted.
 */
export async function openAttachmentFile(app: AppContext, request: FileRequest): Promise<FileResponse> {
  const now = app.clock();
  const variant = ATTACHMENT_VARIANTS.find((v) => v === request.variant);
  const exp = Number(request.exp);
  if (!variant || !request.sig || !app.urlSigner.verify(request.id, variant, exp, request.sig, now)) throw linkRejected();
  const row = await findAttachmentById(app.database.db, request.id);
  if (!row) throw notFound();

  const etag = `"${row.id}-${variant}-${row.size}"`;
  const headers: Record<string, string> = {
    'cache-control': `private, max-age=${Math.max(0, Math.min(MAX_CACHE_SECONDS, Math.floor((exp - now) / 1000)))}`,
    etag,
    'accept-ranges': 'bytes',
    'x-content-type-options': 'nosniff',
    // Whatever a file turns out to be (a PDF with script, a mis-sniffed type), it runs in an opaque origin.
    'content-security-policy': 'sandbox',
    'content-disposition': contentDisposition(variant === 'download' || !isSafeInline(row.content_type) ? 'attachment' : 'inline', row.name),
  };
  if (request.ifNoneMatch === etag) return { status: 304, headers, body: undefined };

  const derived = isImageVariant(variant) && row.content_type.startsWith('image/') ? await imageVariant(app, row, variant) : undefined;
  const size = derived ? derived.length : row.size;
  headers['content-type'] = wireContentType(derived ? VARIANT_CONTENT_TYPE : row.content_type);
  const range = parseByteRange(request.range, size);
  if (range === 'unsatisfiable') {
    return { status: 416, headers: { ...headers, 'content-range': `bytes */${size}` }, body: undefined };
  }
  if (derived) {
    const body = range ? derived.subarray(range.start, range.end + 1) : derived;
    if (range) headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
    return { status: range ? 206 : 200, headers: { ...headers, 'content-length': String(body.length) }, body };
  }
  const body = await app.storage.get(row.storage_key, range);
  if (!body) throw notFound();
  if (range) headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
  headers['content-length'] = String(range ? range.end - range.start + 1 : size);
  return { status: range ? 206 : 200, headers, body };
}

function isImageVariant(variant: AttachmentVariant): variant is ImageVariant {
  return variant === 'file' || variant === 'preview';
}
