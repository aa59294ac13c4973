import { describe, expect, it } from 'vitest';
import { columnName, xlsxRow, xmlText } from './xlsx.ts';

describe('SpreadsheetML rows', () => {
  it('names columns A … Z, AA …', () => {
    expect([0, 10, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'K', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
  it('escapes markup, keeps carriage returns and drops what XML cannot carry', () => {
    expect(xmlText('a<b>&"c"\r\n\u0001\u0008\uFFFE😀')).toBe('a&lt;b&gt;&amp;"c"&#13;\n😀');
  });
  it('writes numbers as numbers, text inline, and leaves empty cells out', () => {
    expect(xlsxRow(2, [7, 'x<y', '', 0])).toBe(
      '<row r="2"><c r="A2"><v>7</v></c><c r="B2" t="inlineStr"><is><t xml:space="preserve">x&lt;y</t></is></c><c r="D2"><v>0</v></c></row>',
    );
  });
});
