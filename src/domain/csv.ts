/**
 * CSV as Excel opens it: UTF-8 with a byte-order mark (without one Excel guesses a legacy code page and
 * garbles Chinese), CRLF line ends, RFC 4180 quoting.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

/**
 * A text cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * before one) gets a leading apostrophe: follow-up content is user input, and `=HYPERLINK(…)` must stay text.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number)[]): string {
  return values.map(csvField).join(',') + CSV_EOL;
}
