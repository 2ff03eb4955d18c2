import Papa from 'papaparse';

/**
 * CSV records from text that arrives in pieces. Papa Parse's own file streaming decodes each
 * byte slice separately (a UTF-8 character cut at a slice border turns into garbage) and its
 * worker mode breaks under Vite, so the caller decodes the stream and we drive Papa Parse's
 * core parser here, the way its own streamer does: parse what has arrived, keep the unfinished
 * last record, and put it in front of the next piece.
 */

/**
 * `\n` also reads CRLF files: the `\r` before it is dropped from each record's last field
 * (so a file mixing both line ends reads too). `\r` alone is for old Mac files.
 */
export type CsvNewline = '\n' | '\r';

export interface CsvRecordReader {
  /** The records this text completes; an unfinished last record waits for the next text. */
  push(text: string): string[][];
  /** The records left when the input ends. */
  end(): string[][];
  /** Text waiting for its record to end: grows without bound only on an unclosed quote. */
  readonly pendingChars: number;
  /** Whether the input ended inside a quoted field (the last record then holds the rest). */
  readonly unclosedQuote: boolean;
}

export function createCsvRecordReader(delimiter: string, newline: CsvNewline): CsvRecordReader {
  const parser = new Papa.Parser({ delimiter, newline });
  let pending = '';
  let started = false;
  let unclosedQuote = false;
  // Each parse re-scans the unfinished record left by the last one. Waiting until at least as
  // much new text has arrived keeps the work linear even when a quoted field runs on for
  // megabytes; with ordinary records the leftover is short and every piece is parsed at once.
  let leftover = 0;

  function parse(last: boolean): string[][] {
    const result = parser.parse(pending, 0, !last) as Papa.ParseResult<string[]>;
    pending = last ? '' : pending.slice(result.meta.cursor);
    if (last && result.errors.some((error) => error.code === 'MissingQuotes')) {
      unclosedQuote = true;
    }
    const records = result.data;
    if (newline === '\n') for (const record of records) dropCarriageReturn(record);
    return records;
  }

  return {
    push(text) {
      if (!started && text !== '') {
        started = true;
        text = stripBom(text);
      }
      pending += text;
      if (pending.length < 2 * leftover) return [];
      const records = parse(false);
      leftover = pending.length;
      return records;
    },
    end() {
      return pending === '' ? [] : parse(true);
    },
    get pendingChars() {
      return pending.length;
    },
    get unclosedQuote() {
      return unclosedQuote;
    },
  };
}

function dropCarriageReturn(record: string[]): void {
  const last = record.length - 1;
  const field = record[last]!;
  if (field.charCodeAt(field.length - 1) === 13) record[last] = field.slice(0, -1);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** One line split as a CSV record: for trying delimiters on a header. */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const parser = new Papa.Parser({ delimiter, newline: '\n' });
  const result = parser.parse(line, 0, false) as Papa.ParseResult<string[]>;
  return result.data[0] ?? [];
}
