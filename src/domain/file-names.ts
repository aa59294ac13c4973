/** Display names of uploaded files, and the Content-Disposition that hands them back. */

export const MAX_FILE_NAME_LENGTH = 180;

// C0/C1 controls, and bidirectional overrides that make `gpj.exe` display as `exe.jpg`.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name a client sent, made safe to display and to put in a header: no folder parts (a browser may send
 * `C:\\Users\\…\\a.png`), no control characters, bounded length (the extension is kept), never empty.
 */
export function sanitizeFileName(raw: string | undefined, fallback: string): string {
  let name = (raw ?? '').normalize('NFC');
  name = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  name = name.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim();
  name = name.replace(/^\.+/, '').trim();
  if (!name) return fallback;
  const chars = [...name];
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  const stem = [...name.slice(0, ext ? dot : name.length)].slice(0, MAX_FILE_NAME_LENGTH - [...ext].length);
  return `${stem.join('').trim()}${ext}`;
}

/**
 * The display name with an extension the content bears: one outside `accepted` (lower case) gets
 * `.<ext>` added, e.g. `run.bat` holding text becomes `run.bat.txt`.
 */
export function withContentExtension(name: string, ext: string, accepted: readonly string[]): string {
  const dot = name.lastIndexOf('.');
  const current = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (current && accepted.includes(current)) return name;
  return sanitizeFileName(`${name}.${ext}`, `file.${ext}`);
}

/** RFC 5987 `ext-value` encoding: everything outside attr-char is percent-encoded UTF-8. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** An ASCII stand-in for clients that ignore `filename*`: non-ASCII, quotes and backslashes become `_`. */
export function asciiFallbackName(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  return ascii.trim() || 'file';
}

/**
 * `attachment; filename="___.pdf"; filename*=UTF-8''%E6%8A%A5…` — browsers pick `filename*` (RFC 6266), so
 * Chinese names arrive intact; the quoted ASCII name is the fallback for the rest.
 */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  return `${kind}; filename="${asciiFallbackName(name)}"; filename*=UTF-8''${rfc5987(name)}`;
}
