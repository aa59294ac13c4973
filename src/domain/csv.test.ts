import { describe, expect, it } from 'vitest';
import { csvLine, neutralizeFormula } from './csv.ts';

describe('csv', () => {
  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(csvLine([1, 'a,b', 'say "hi"', 'two\nlines', '跟进'])).toBe('1,"a,b","say ""hi""","two\nlines",跟进\r\n');
  });
  it('prefixes cells that a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+86 138', '-2', '@SUM(A1)', '\t=x', '\r=x', 'a=b', '报价'].map(neutralizeFormula)).toEqual([
      "'=1+1",
      "'+86 138",
      "'-2",
      "'@SUM(A1)",
      "'\t=x",
      "'\r=x",
      'a=b',
      '报价',
    ]);
  });
});
