import { fileTypeFromBuffer } from 'file-type';

/** file-type reads at most this many bytes of a file to recognise it. */
export const SNIFF_BYTES = 4100;

export const SUB_TYPES = ['image', 'file', 'audio'] as const;
export type SubType = (typeof SUB_TYPES)[number];

export interface SniffedType {
  mime: string;
  ext: string;
}

function looksLikeText(head: Buffer): boolean {
  if (head.length === 0 || head.includes(0)) return false;
  // The head may end inside a multi-byte character: drop up to three trailing bytes before decoding.
  for (let cut = 0; cut <= Math.min(3, head.length - 1); cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return true;
    } catch {
      // try a shorter prefix
    }
  }
  return false;
}

/**
 * The type the bytes say they are, never what the client claims: magic numbers first, then UTF-8 text
 * without NUL bytes counts as plain text (CSV when the name says so, which is harmless for text).
 */
export async function sniffContentType(head: Buffer, name: string): Promise<SniffedType | undefined> {
  const found = await fileTypeFromBuffer(head);
  if (found) return { mime: found.mime.toLowerCase(), ext: found.ext };
  if (!looksLikeText(head)) return undefined;
  return /\.csv$/i.test(name) ? { mime: 'text/csv', ext: 'csv' } : { mime: 'text/plain', ext: 'txt' };
}

const OFFICE_ZIP = ['docx', 'docm', 'dotx', 'xlsx', 'xlsm', 'xltx', 'pptx', 'pptm', 'potx', 'odt', 'ods', 'odp'];

/** Extensions a file of a sniffed type may carry besides file-type's own (`jpg` for JPEG, `doc` for CFB …). */
const EXTENSION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/tiff': ['tif', 'tiff'],
  'image/heic': ['heic', 'heif'],
  'image/heif': ['heic', 'heif'],
  'application/zip': OFFICE_ZIP,
  'application/x-cfb': ['doc', 'dot', 'xls', 'xlt', 'ppt', 'pot', 'msg', 'wps', 'et', 'dps'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': OFFICE_ZIP,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': OFFICE_ZIP,
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': OFFICE_ZIP,
  'text/plain': ['txt', 'text', 'log', 'md', 'markdown', 'csv', 'tsv', 'json', 'ini', 'conf', 'cfg', 'yaml', 'yml'],
  'text/csv': ['csv', 'txt'],
  'video/mp4': ['mp4', 'm4v', 'm4a'],
  'video/3gpp': ['3gp', '3gpp'],
};
const AUDIO_EXTENSIONS = ['mp3', 'm4a', 'aac', 'amr', 'wav', 'ogg', 'oga', 'opus', 'flac', 'wma', 'silk', 'spx', 'caf', 'aif', 'aiff', 'mp4', '3gp'];

/**
 * The extensions a display name may keep for this content. Any other one (`.bat` on text, `.hta` on a PDF)
 * is the client's claim, and a download under that name could run as a program on the colleague's machine.
 */
export function extensionsFor(type: SniffedType): readonly string[] {
  const family = type.mime.startsWith('audio/') ? AUDIO_EXTENSIONS : [];
  return [type.ext, ...(EXTENSION_ALIASES[type.mime] ?? []), ...family];
}

/** Entries are exact types (`image/png`) or families (`audio/*`). */
export function isAllowedType(mime: string, allowList: readonly string[]): boolean {
  return allowList.some((entry) => entry === mime || (entry.endsWith('/*') && mime.startsWith(entry.slice(0, -1))));
}

/**
 * Types a browser only displays, never scripts: the rest (e.g. XML, which may be SVG or XHTML, if an
 * operator's allow-list lets it in) is always served as a download, so it cannot run on our origin.
 */
const INLINE_SAFE = /^(image\/(jpeg|png|apng|gif|webp|avif|bmp|tiff|x-icon|heic|heif)|(audio|video)\/[a-z0-9.+-]+|application\/pdf|text\/(plain|csv))$/;

export function isSafeInline(mime: string): boolean {
  return INLINE_SAFE.test(mime);
}

export function guessSubType(mime: string): SubType {
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('audio/')) return 'audio';
  return 'file';
}

/** Any content may be sent as a plain file; `image` and `audio` must be what they say. */
export function subTypeFits(subType: SubType, mime: string): boolean {
  switch (subType) {
    case 'file':
      return true;
    case 'image':
      return mime.startsWith('image/');
    case 'audio':
      // Voice notes recorded on phones are often plain MP4/3GP containers.
      return mime.startsWith('audio/') || mime === 'video/mp4' || mime === 'video/3gpp';
  }
}
