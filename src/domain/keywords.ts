import { invalidParameter } from './errors.ts';
import { textAsSent } from './params.ts';

/** Bounds that keep one search from becoming a denial of service (each term is one more index lookup). */
export const MAX_KEYWORD_TERMS = 10;
export const MAX_KEYWORD_LENGTH = 100;

/**
 * `q=报价 合同` → ['报价', '合同']: words separated by any whitespace (the ideographic space U+3000 too, which
 * Chinese input methods type), each of which must match. Repeated words count once; an empty `q` is no filter.
 */
export function parseKeywords(name: string, value: unknown): string[] | undefined {
  const text = textAsSent(name, value);
  if (text === undefined) return undefined;
  const terms = [...new Set(text.split(/[\s\u3000]+/u).filter((t) => t !== ''))];
  if (terms.length === 0) return undefined;
  if (terms.length > MAX_KEYWORD_TERMS || terms.some((t) => [...t].length > MAX_KEYWORD_LENGTH)) {
    throw invalidParameter(name, `at most ${MAX_KEYWORD_TERMS} words of at most ${MAX_KEYWORD_LENGTH} characters`);
  }
  return terms;
}
