import type { CsvFormat } from './format';

/** The columns each CSV format is recognised by, and the ones the importers read. */

export const ACLED_REQUIRED = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'latitude',
  'longitude',
  'geo_precision',
] as const;

export const ACLED_OPTIONAL = [
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'actor2',
  'assoc_actor_2',
  'iso',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'source',
  'notes',
  'fatalities',
] as const;

export const UCDP_REQUIRED = [
  'id',
  'date_start',
  'date_end',
  'date_prec',
  'where_prec',
  'latitude',
  'longitude',
  'type_of_violence',
] as const;

export const UCDP_OPTIONAL = [
  'best',
  'low',
  'high',
  'side_a',
  'side_b',
  'adm_1',
  'adm_2',
  'where_coordinates',
  'source_article',
  'source_headline',
  'country',
] as const;

export const REQUIRED_COLUMNS: Record<CsvFormat, readonly string[]> = {
  acled: ACLED_REQUIRED,
  ucdp: UCDP_REQUIRED,
};

/** Names both formats use, or so common that they say nothing about the format. */
const UNSPECIFIC = new Set(['latitude', 'longitude', 'id']);

/** Header names compare without a byte order mark, surrounding spaces and case. */
export function normaliseColumnName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/** Column name → index in a record, or -1 where the file lacks it. The first of repeats wins. */
export type ColumnIndex<Name extends string> = Record<Name, number>;

export function indexColumns<Name extends string>(
  header: readonly string[],
  names: readonly Name[],
): ColumnIndex<Name> {
  const normalised = header.map(normaliseColumnName);
  const index = {} as ColumnIndex<Name>;
  for (const name of names) index[name] = normalised.indexOf(name);
  return index;
}

export type HeaderMatch =
  | { format: CsvFormat }
  /** `format` is the one the header resembles, null where it resembles neither. */
  | { format: CsvFormat | null; missing: readonly string[] };

export function matchHeader(header: readonly string[]): HeaderMatch {
  const present = new Set(header.map(normaliseColumnName));
  let best: { format: CsvFormat; missing: string[]; specific: number } | null = null;
  for (const format of ['acled', 'ucdp'] as const) {
    const required = REQUIRED_COLUMNS[format];
    const missing = required.filter((column) => !present.has(column));
    if (missing.length === 0) return { format };
    const specific = required.filter(
      (column) => present.has(column) && !UNSPECIFIC.has(column),
    ).length;
    if (specific > 0 && (best === null || specific > best.specific)) {
      best = { format, missing, specific };
    }
  }
  return best ? { format: best.format, missing: best.missing } : { format: null, missing: [] };
}
