import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { AppContext } from '../../app-context.ts';
import { AppError, invalidParameter, notFound } from '../../domain/errors.ts';
import { sanitizeFileName, withContentExtension } from '../../domain/file-names.ts';
import { readerOf, type RequestCtx } from '../../request-context.ts';
import { presentAttachment } from './attachment.presenter.ts';
import type { AttachmentJson } from './attachments.schemas.ts';
import { findReadableAttachment, insertAttachment } from './attachments.repository.ts';
import { extensionsFor, guessSubType, isAllowedType, sniffContentType, SNIFF_BYTES, SUB_TYPES, subTypeFits, type SubType, type SniffedType } from './content-sniffing.ts';

/** Room for multipart boundaries, part headers and the small text fields around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export type UploadPart =
  | { kind: 'field'; name: string; value: string }
  /**
   * `stream` follows busboy's convention: at the size limit it emits `limit`, sets `truncated` and ends, so
   * the upload is rejected without reading the rest of the request.
   */
  | { kind: 'file'; name: string; fileName: string | undefined; stream: Readable & { truncated?: boolean } };

export interface UploadInput {
  /** The request's Content-Length, when the client sent one. */
  declaredLength: number | undefined;
  parts: AsyncIterable<UploadPart>;
}

export function uploadTooLarge(maxBytes: number): AppError {
  const [value, unit] = maxBytes < 1024 * 1024 ? [maxBytes / 1024, 'KB'] : [maxBytes / 1024 / 1024, 'MB'];
  const mb = `${Math.round(value * 10) / 10} ${unit}`;
  return new AppError('payloadTooLarge', {
    zh: `文件不能超过 ${mb} (${maxBytes} 字节)`,
    en: `the limit is ${mb} (${maxBytes} bytes)`,
  });
}

function typeNotAccepted(mime: string | undefined, allowed: readonly string[]): AppError {
  return new AppError('invalidParameter', {
    zh: `file 的类型 ${mime ?? '未知'} 不被接受,可接受: ${allowed.join(', ')}`,
    en: `file has type ${mime ?? 'unknown'}, which is not accepted; accepted: ${allowed.join(', ')}`,
  });
}

/** Random, unguessable and free of anything the client sent. */
export function newStorageKey(ext: string): string {
  const hex = randomBytes(16).toString('hex');
  const safeExt = /^[a-z0-9]{1,8}$/i.test(ext) ? `.${ext.toLowerCase()}` : '';
  return `uploads/${hex.slice(0, 2)}/${hex}${safeExt}`;
}

interface Staged {
  key: string;
  name: string;
  size: number;
  type: SniffedType;
}

/**
 * Sniffs the head of the stream, rejects what the allow-list does not name before writing a byte, then
 * streams the whole file into storage. Storage writes are whole-or-absent, so a cut-off upload leaves nothing.
 */
async function stageFile(app: AppContext, part: Extract<UploadPart, { kind: 'file' }>): Promise<Staged> {
  const max = app.config.uploadMaxBytes;
  part.stream.once('limit', () => part.stream.destroy(uploadTooLarge(max)));
  const chunks = part.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headLength += next.value.length;
  }
  const type = await sniffContentType(Buffer.concat(head), part.fileName ?? '');
  if (!type || !isAllowedType(type.mime, app.config.uploadAllowedTypes)) {
    part.stream.destroy();
    throw typeNotAccepted(type?.mime, app.config.uploadAllowedTypes);
  }
  let size = 0;
  async function* body(): AsyncGenerator<Buffer> {
    for (const chunk of head) {
      size += chunk.length;
      yield chunk;
    }
    while (!ended) {
      const next = await chunks.next();
      if (next.done) break;
      size += next.value.length;
      yield next.value;
    }
    // The parser may have hit the limit before this code listened for it; the stream then just ends early.
    if (part.stream.truncated) throw uploadTooLarge(max);
  }
  const key = newStorageKey(type.ext);
  await app.storage.put(key, Readable.from(body()), type.mime);
  const name = withContentExtension(sanitizeFileName(part.fileName, `file.${type.ext}`), type.ext, extensionsFor(type));
  return { key, name, size, type };
}

function chooseSubType(requested: string | undefined, mime: string): SubType {
  if (requested === undefined || requested === '') return guessSubType(mime);
  const subType = SUB_TYPES.find((s) => s === requested);
  if (!subType || !subTypeFits(subType, mime)) throw invalidParameter('sub_type', SUB_TYPES);
  return subType;
}

/** A second file is not part of this call; read past it so later fields still arrive. */
async function drain(stream: Readable): Promise<void> {
  stream.resume();
  await finished(stream);
}

/**
 * Stores one upload, unattached until a follow-up names its id. The bytes are complete in storage before
 * the row is inserted; if anything fails after they were written, they are deleted again.
 */
export async function uploadAttachment(app: AppContext, ctx: RequestCtx, input: UploadInput): Promise<AttachmentJson> {
  const max = app.config.uploadMaxBytes;
  if (input.declaredLength !== undefined && input.declaredLength > max + MULTIPART_OVERHEAD_BYTES) throw uploadTooLarge(max);
  let staged: Staged | undefined;
  const fields = new Map<string, string>();
  try {
    for await (const part of input.parts) {
      if (part.kind === 'field') {
        if (!fields.has(part.name)) fields.set(part.name, part.value);
      } else if (part.name !== 'file' || staged) {
        await drain(part.stream);
      } else {
        staged = await stageFile(app, part);
      }
    }
    if (!staged) throw invalidParameter('file');
    const row = await insertAttachment(app.database.db, {
      organization_id: ctx.organization.id,
      uploader_id: ctx.user.id,
      attachmentable_type: null,
      attachmentable_id: null,
      sub_type: chooseSubType(fields.get('sub_type')?.trim(), staged.type.mime),
      name: staged.name,
      content_type: staged.type.mime,
      size: staged.size,
      storage_key: staged.key,
      note: '',
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    return presentAttachment(row, { baseUrl: ctx.baseUrl, signer: app.urlSigner, timeZone: ctx.organization.timeZone, now: ctx.now });
  } catch (error) {
    // The original error is what the client must see; a failed cleanup only leaves bytes no row points to.
    if (staged) await app.storage.delete(staged.key).catch(() => undefined);
    throw error;
  }
}

/**
 * One attachment with fresh links, for whoever may read its follow-up (an unclaimed upload: its uploader).
 * Ids are sequential, so anything else answers exactly like a missing id.
 */
export async function getAttachment(app: AppContext, ctx: RequestCtx, id: number): Promise<AttachmentJson> {
  const row = await findReadableAttachment(app.database.db, readerOf(ctx), id);
  if (!row) throw notFound();
  return presentAttachment(row, { baseUrl: ctx.baseUrl, signer: app.urlSigner, timeZone: ctx.organization.timeZone, now: ctx.now });
}
