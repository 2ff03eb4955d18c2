import type { Localized } from '../data/dataset';
import type { EventSource, MapEvent } from '../events/event';
import { formatIsoDay } from '../time/days';
import { csvText, type CsvCell } from './csv-text';
import type { ExportLookups } from './export-lookups';
import type { RejectedRow } from './rejected-rows';

export const EVENT_CSV_COLUMNS = [
  'id',
  'dataset',
  'local_id',
  'date_start',
  'date_end',
  'date_precision',
  'date_vague',
  'status',
  'category',
  'source_type',
  'title_de',
  'title_en',
  'place_id',
  'place_name',
  'place_precision',
  'longitude',
  'latitude',
  'admin',
  'country',
  'actors',
  'fatalities_min',
  'fatalities_max',
  'fatalities_best',
  'notes',
  'sources',
] as const;

/** A source in one cell: `publisher – headline – article – “quote”`, whichever it has. */
function sourceText(source: EventSource): string {
  return [
    source.publisher,
    source.headline,
    source.article,
    source.quote === undefined ? undefined : `“${source.quote}”`,
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(' – ');
}

/**
 * One row per event, every field, for spreadsheets. Names (place, actors) in `lang`, titles
 * in both languages. Not meant to be read back: GeoJSON is the format that round-trips.
 */
export function eventsToCsv(
  events: readonly MapEvent[],
  lookups: ExportLookups,
  lang: keyof Localized = 'en',
): string {
  function* rows(): Generator<CsvCell[]> {
    for (const event of events) {
      const place = lookups.place(event.place);
      yield [
        event.id,
        event.dataset,
        event.localId,
        formatIsoDay(event.date.start),
        formatIsoDay(event.date.end),
        event.date.precision,
        event.date.vague,
        event.status,
        event.category,
        event.sourceType,
        event.title?.de,
        event.title?.en,
        event.place,
        place?.name[lang],
        place?.precision,
        place?.coordinates[0],
        place?.coordinates[1],
        place?.admin,
        place?.country,
        event.actors.map((actor) => lookups.actorNames[actor]?.[lang] ?? actor).join('; '),
        event.fatalities?.min,
        event.fatalities?.max,
        event.fatalities?.best,
        event.notes,
        event.sources.map(sourceText).join('; '),
      ];
    }
  }
  return csvText(EVENT_CSV_COLUMNS, rows());
}

/**
 * The import report as a spreadsheet: one line per listed rejection, reasons in both
 * languages, and a last line saying how many more there were if the list was cut.
 */
export function rejectedRowsToCsv(
  rejected: readonly RejectedRow[],
  rejectedCount = rejected.length,
): string {
  const rows: CsvCell[][] = rejected.map((entry) => [
    entry.row,
    entry.column,
    entry.value,
    entry.reason.de,
    entry.reason.en,
  ]);
  const omitted = rejectedCount - rejected.length;
  if (omitted > 0) {
    rows.push([
      undefined,
      undefined,
      undefined,
      `… und ${omitted} weitere abgelehnte Zeilen, hier nicht aufgeführt`,
      `… and ${omitted} more rejected rows, not listed here`,
    ]);
  }
  return csvText(['row', 'column', 'value', 'reason_de', 'reason_en'], rows);
}
