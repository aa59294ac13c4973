import { invalidParameter } from './errors.ts';

/** The first value of a query parameter (`key[]=…` arrives as an array), trimmed; `""` counts as absent. */
export function textParam(value: unknown): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === null || typeof raw === 'object') return undefined;
  const text = String(raw).trim();
  return text === '' ? undefined : text;
}

export function idParam(name: string, value: unknown): number | undefined {
  const text = textParam(value);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n <= 0) throw invalidParameter(name, 'a positive integer id');
  return n;
}

export function requiredId(name: string, value: unknown): number {
  const id = idParam(name, value);
  if (id === undefined) throw invalidParameter(name);
  return id;
}

/** One id or several (`user_id=1`, `user_id[]=1&user_id[]=2`, `user_id=1,2`). */
export function idListParam(name: string, value: unknown): number[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const parts = (Array.isArray(value) ? value : String(value).split(',')).map((v) => String(v).trim()).filter(Boolean);
  if (parts.length === 0) return undefined;
  return parts.map((p) => requiredId(name, p));
}

export function oneOf<T extends string>(name: string, value: unknown, accepted: readonly T[], fallback: T): T {
  const text = textParam(value);
  if (text === undefined) return fallback;
  const found = accepted.find((a) => a === text.toLowerCase());
  if (!found) throw invalidParameter(name, accepted);
  return found;
}

/**
 * Length in characters (code points), as limits are documented: `.length` counts UTF-16 units, so an emoji
 * would count twice.
 */
export function characterCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}
