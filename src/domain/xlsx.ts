/**
 * The few SpreadsheetML parts a one-sheet workbook needs, written as text so a sheet of any length can be
 * streamed row by row into the zip (a library workbook model holds the sheet, or its strings, in memory).
 * Strings are inline (`t="inlineStr"`): a shared-strings table would have to be complete before the sheet.
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const XLSX_SHEET_PATH = 'xl/worksheets/sheet1.xml';

/** Every part except the sheet, in zip order. */
export function xlsxStaticParts(sheetName: string): { name: string; xml: string }[] {
  return [
    {
      name: '[Content_Types].xml',
      xml:
        `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      xml: `${HEAD}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      xml: `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      xml: `${HEAD}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
  ];
}

export const XLSX_SHEET_OPEN = `${HEAD}<worksheet xmlns="${MAIN}"><sheetData>`;
export const XLSX_SHEET_CLOSE = '</sheetData></worksheet>';

/**
 * Text as XML character data. Characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates) are
 * dropped — a file Excel refuses to open helps nobody; a carriage return is kept as a reference, which XML
 * parsers would otherwise turn into a line feed.
 */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** A1-style column letters (0 → A, 25 → Z, 26 → AA). */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** One `<row>`: numbers as numbers, text inline; an empty string is an absent cell, as Excel writes it. */
export function xlsxRow(rowNumber: number, values: readonly (string | number)[]): string {
  let xml = `<row r="${rowNumber}">`;
  values.forEach((value, i) => {
    const ref = `${columnName(i)}${rowNumber}`;
    if (typeof value === 'number') xml += Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : '';
    else if (value !== '') xml += `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
  });
  return `${xml}</row>`;
}
