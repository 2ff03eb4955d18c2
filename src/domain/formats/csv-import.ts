import type { Localized } from '../data/dataset';
import type { EventPlace, MapEvent } from '../events/event';
import { createCsvRecordReader, type CsvNewline } from './csv-records';
import { emptyFile, noRows } from './fatal-messages';
import type { CsvFormat } from './format';
import { recordTooLong, unclosedQuote } from './reasons';
import { isRejected, createRejectedRows, rejectRow, REJECTED_LIST_LIMIT } from './rejected-rows';
import { createCsvImporter, type CsvImporter, type ImportSummary } from './row-importer';

/** No real record comes near this; past it, an unclosed quote is swallowing the file. */
export const MAX_RECORD_CHARS = 1_000_000;

export interface CsvImportOptions {
  rejectedLimit?: number;
}

export type CsvImportResult =
  { events: MapEvent[]; places: EventPlace[]; summary: ImportSummary } | { error: Localized };

/** A CSV import fed text as the file is decoded: the whole pipeline but the reading. */
export interface CsvImport {
  /** The events this text completes, or why the file cannot be imported at all. */
  push(text: string): MapEvent[] | { error: Localized };
  /** The events of the last rows, the places and the report. */
  finish(): CsvImportResult;
  /** Data rows read so far, for progress. */
  readonly rowsRead: number;
}

export function startCsvImport(
  detected: { format: CsvFormat; delimiter: string; newline: CsvNewline },
  datasetId: string,
  options: CsvImportOptions = {},
): CsvImport {
  const reader = createCsvRecordReader(detected.delimiter, detected.newline);
  const rejected = createRejectedRows(options.rejectedLimit ?? REJECTED_LIST_LIMIT);
  let importer: CsvImporter | null = null;
  let error: Localized | null = null;
  let format: CsvFormat = detected.format;
  let row = 0;
  let rowsRead = 0;
  let accepted = 0;
  let stopped = false;

  function take(records: string[][], events: MapEvent[], lastIsUnclosed = false): void {
    for (let i = 0; i < records.length && error === null; i++) {
      const fields = records[i]!;
      row++;
      if (importer === null) {
        const created = createCsvImporter(fields, datasetId);
        if ('error' in created) error = created.error;
        else ({ format } = importer = created);
        continue;
      }
      if (isBlank(fields)) continue;
      rowsRead++;
      if (lastIsUnclosed && i === records.length - 1) {
        rejected.add(rejectRow(row, unclosedQuote()));
        continue;
      }
      const result = importer.addRow(fields, row);
      if (isRejected(result)) rejected.add(result);
      else {
        accepted++;
        events.push(result);
      }
    }
  }

  return {
    push(text) {
      if (error) return { error };
      if (stopped) return [];
      const events: MapEvent[] = [];
      take(reader.push(text), events);
      if (error) return { error };
      if (reader.pendingChars > MAX_RECORD_CHARS) {
        // Everything after this point would be one endless field: report it and stop reading.
        stopped = true;
        rowsRead++;
        rejected.add(rejectRow(row + 1, recordTooLong(MAX_RECORD_CHARS)));
      }
      return events;
    },
    finish() {
      const events: MapEvent[] = [];
      if (!stopped && error === null) {
        const records = reader.end();
        take(records, events, reader.unclosedQuote);
      }
      if (error) return { error };
      if (importer === null) return { error: emptyFile() };
      if (rowsRead === 0) return { error: noRows() };
      return {
        events,
        places: importer.places(),
        summary: {
          format,
          formatLabel: importer.formatLabel,
          rowsRead,
          accepted,
          rejected: [...rejected.list],
          rejectedCount: rejected.count,
        },
      };
    },
    get rowsRead() {
      return rowsRead;
    },
  };
}

/** An empty line, or one of only delimiters, as spreadsheets write after the last row. */
function isBlank(fields: readonly string[]): boolean {
  if (fields[0]!.trim() !== '') return false;
  return fields.every((field) => field.trim() === '');
}
