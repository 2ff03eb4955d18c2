import type { Localized } from '../data/dataset';
import type { EventPlace, MapEvent } from '../events/event';
import { createAcledMapper } from './acled';
import { createAcceptOnce } from './accept-once';
import { matchHeader, REQUIRED_COLUMNS } from './columns';
import { missingColumns, unknownColumns } from './fatal-messages';
import { FORMAT_LABELS, type CsvFormat, type DetectedFormat } from './format';
import type { RowMapper } from './mapped-row';
import { createPlaceRegistry } from './place-registry';
import { fieldCount } from './reasons';
import { rejectRow, type RejectedRow } from './rejected-rows';
import { createUcdpMapper } from './ucdp';

/** What an import did, for the report shown after it. */
export interface ImportSummary {
  format: DetectedFormat;
  /** "ACLED CSV" */
  formatLabel: string;
  /** Data rows (CSV, blank lines not counted) or features (GeoJSON) read. */
  rowsRead: number;
  accepted: number;
  /** The first rejections (up to 10,000), in file order. */
  rejected: RejectedRow[];
  /** All rejections, including those beyond the list. */
  rejectedCount: number;
}

/** Rows in, events out, one at a time: the streaming worker feeds it as the file is read. */
export interface CsvImporter {
  readonly format: CsvFormat;
  readonly formatLabel: string;
  /** `row` is the record's number as a spreadsheet shows it (the header is row 1). */
  addRow(fields: readonly string[], row: number): MapEvent | RejectedRow;
  /** The places of the events accepted so far. */
  places(): EventPlace[];
}

const MAPPERS: Record<CsvFormat, (header: readonly string[], datasetId: string) => RowMapper> = {
  acled: createAcledMapper,
  ucdp: createUcdpMapper,
};

const ID_COLUMNS: Record<CsvFormat, string> = { acled: 'event_id_cnty', ucdp: 'id' };

export function createCsvImporter(
  header: readonly string[],
  datasetId: string,
): CsvImporter | { error: Localized } {
  const match = matchHeader(header);
  if ('missing' in match) {
    return {
      error:
        match.format === null
          ? unknownColumns(REQUIRED_COLUMNS)
          : missingColumns(match.format, match.missing),
    };
  }
  const mapRow = MAPPERS[match.format](header, datasetId);
  const registry = createPlaceRegistry(datasetId);
  const accept = createAcceptOnce(registry, 'row', ID_COLUMNS[match.format]);
  return {
    format: match.format,
    formatLabel: FORMAT_LABELS[match.format],
    addRow: (fields, row) =>
      fields.length < header.length || hasExtraValues(fields, header.length)
        ? rejectRow(row, fieldCount(fields.length, header.length))
        : accept(mapRow(fields, row), row),
    places: () => registry.places(),
  };
}

/** A trailing delimiter after each row (empty extra fields) is harmless; extra values are not. */
function hasExtraValues(fields: readonly string[], expected: number): boolean {
  for (let i = expected; i < fields.length; i++) if (fields[i]!.trim() !== '') return true;
  return false;
}
