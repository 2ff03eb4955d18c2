import type { Localized } from '../data/dataset';
import { matchHeader, normaliseColumnName, REQUIRED_COLUMNS, type HeaderMatch } from './columns';
import { splitCsvLine, stripBom, type CsvNewline } from './csv-records';
import {
  emptyFile,
  missingColumns,
  notText,
  unknownColumns,
  unknownFormat,
  unsplitHeader,
} from './fatal-messages';
import type { CsvFormat } from './format';

export type Detection =
  | { format: CsvFormat; delimiter: string; newline: CsvNewline }
  | { format: 'geojson' }
  | { error: Localized };

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * What a file is, from its first few kilobytes (decoded): GeoJSON if it starts like JSON, else
 * a CSV whose header has the required columns of ACLED or UCDP GED. Everything else gets one
 * message that says what is wrong, naming missing columns where the header is close.
 */
export function detectFormat(head: string): Detection {
  const text = stripBom(head);
  if (text.trim() === '') return { error: emptyFile() };
  if (looksBinary(text)) return { error: notText() };
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') return { format: 'geojson' };

  const newline: CsvNewline = text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
  const headerLine = firstLine(text);
  // The delimiter that splits the header into the most fields is the file's, if none fits.
  let closest: { fields: string[]; match: Exclude<HeaderMatch, { format: CsvFormat }> } | null =
    null;
  for (const delimiter of DELIMITERS) {
    const fields = splitCsvLine(headerLine, delimiter);
    const match = matchHeader(fields);
    if (!('missing' in match)) return { format: match.format, delimiter, newline };
    if (closest === null || fields.length > closest.fields.length) closest = { fields, match };
  }
  if (closest && closest.match.format !== null && closest.fields.length > 1) {
    return { error: missingColumns(closest.match.format, closest.match.missing) };
  }
  const unusual = unusualSeparator(headerLine);
  if (unusual) {
    const delimiter = unusual.separator;
    const match = delimiter === null ? null : matchHeader(splitCsvLine(headerLine, delimiter));
    if (delimiter !== null && match && !('missing' in match)) {
      return { format: match.format, delimiter, newline };
    }
    return { error: unsplitHeader(unusual.format, delimiter) };
  }
  if (closest && closest.fields.length > 1 && closest.fields.every(looksLikeColumnName)) {
    return { error: unknownColumns(REQUIRED_COLUMNS) };
  }
  return { error: unknownFormat() };
}

function firstLine(text: string): string {
  const end = text.search(/[\r\n]/);
  return end === -1 ? text : text.slice(0, end);
}

/** NUL bytes, or more than 1 % control characters: an image or an archive, not text. */
function looksBinary(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    // Tab, line feed, form feed and carriage return are what text files have.
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd) {
      control++;
    }
  }
  return control > text.length / 100;
}

function looksLikeColumnName(field: string): boolean {
  return /^[\p{L}\p{N}_ ()#/-]{1,64}$/u.test(field.trim());
}

/**
 * A header whose words include all required columns of a format, but that our delimiters
 * could not split: the separator between those words, if it is one character that can be a
 * delimiter (`:` or `^`, say), else null (a space, or the whole line quoted as one field).
 */
function unusualSeparator(line: string): { format: CsvFormat; separator: string | null } | null {
  const words = new Set(line.split(/[^A-Za-z0-9_]+/).map(normaliseColumnName));
  const format = (['acled', 'ucdp'] as const).find((candidate) =>
    REQUIRED_COLUMNS[candidate].every((column) => words.has(column)),
  );
  if (format === undefined) return null;
  const between = new Set(
    line
      .replace(/^\W+|\W+$/g, '')
      .split(/[A-Za-z0-9_]+/)
      .filter((separator) => separator !== ''),
  );
  const [only] = between;
  const usable =
    between.size === 1 &&
    only !== undefined &&
    only.length === 1 &&
    !/[\s"']/.test(only) &&
    !DELIMITERS.includes(only);
  return { format, separator: usable ? only : null };
}
