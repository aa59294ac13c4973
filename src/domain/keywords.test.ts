import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { parseKeywords } from './keywords.ts';

describe('parseKeywords', () => {
  it('splits on ASCII and ideographic spaces, drops empties and repeats', () => {
    expect(parseKeywords('q', ' 报价\u3000合同  报价 ')).toEqual(['报价', '合同']);
    expect(parseKeywords('q', ['old', 'Acme Ltd'])).toEqual(['Acme', 'Ltd']);
  });
  it('treats an absent or blank q as no filter', () => {
    expect(parseKeywords('q', undefined)).toBeUndefined();
    expect(parseKeywords('q', '   ')).toBeUndefined();
  });
  it('rejects too many or too long words with 100406', () => {
    expect(() => parseKeywords('q', Array.from({ length: 11 }, (_, i) => `w${i}`).join(' '))).toThrow(AppError);
    expect(() => parseKeywords('q', '字'.repeat(101))).toThrow(/q/);
    expect(parseKeywords('q', '字'.repeat(100))).toEqual(['字'.repeat(100)]);
  });
});
