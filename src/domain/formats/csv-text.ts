/**
 * Writing CSV that spreadsheets open safely: RFC 4180 quoting, CRLF line ends, and a UTF-8
 * byte order mark first, without which Excel reads the file as Windows-1252 and garbles
 * umlauts and Arabic names.
 */

/** Text cells are checked for formulas; numbers never are (a longitude may be negative). */
export type CsvCell = string | number | undefined;

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;
/**
 * Spreadsheets run a cell that starts with one of these as a formula, which a hostile source
 * can use to exfiltrate data or launch programs ("CSV injection"). OWASP's advice: prefix such
 * cells with an apostrophe, which shows the text as it is. Our text then reads "'=…" in tools
 * that do not hide the apostrophe, which is the lesser evil.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function quoteCell(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(value: CsvCell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return quoteCell(neutraliseFormula(value));
}

export function csvText(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(cell).join(',')];
  for (const row of rows) lines.push(row.map(cell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
