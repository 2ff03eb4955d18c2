import type { Localized } from '../data/dataset';
import { FORMAT_LABELS, type CsvFormat } from './format';

/** Why a whole file cannot be imported: one message, in both languages. */

const SUPPORTED = {
  de: 'Importiert werden können ACLED-CSV, UCDP-GED-CSV und GeoJSON (FeatureCollection).',
  en: 'ACLED CSV, UCDP GED CSV and GeoJSON (a FeatureCollection) can be imported.',
};

export function emptyFile(): Localized {
  return { de: `Die Datei ist leer. ${SUPPORTED.de}`, en: `The file is empty. ${SUPPORTED.en}` };
}

export function notText(): Localized {
  return {
    de: `Die Datei ist keine Textdatei. ${SUPPORTED.de}`,
    en: `The file is not a text file. ${SUPPORTED.en}`,
  };
}

export function unknownFormat(): Localized {
  return {
    de: `Die Datei ist weder CSV noch GeoJSON. ${SUPPORTED.de}`,
    en: `The file is neither CSV nor GeoJSON. ${SUPPORTED.en}`,
  };
}

function list(columns: readonly string[]): string {
  return columns.join(', ');
}

export function missingColumns(format: CsvFormat, columns: readonly string[]): Localized {
  const label = FORMAT_LABELS[format];
  return {
    de: `Die Datei sieht nach ${label} aus, aber ihr fehlen Pflichtspalten: ${list(columns)}.`,
    en: `The file looks like ${label}, but required columns are missing: ${list(columns)}.`,
  };
}

export function unknownColumns(required: Record<CsvFormat, readonly string[]>): Localized {
  return {
    de:
      `Die CSV-Datei hat weder die Spalten von ACLED (${list(required.acled)}) ` +
      `noch die von UCDP GED (${list(required.ucdp)}).`,
    en:
      `The CSV file has neither the columns of ACLED (${list(required.acled)}) ` +
      `nor those of UCDP GED (${list(required.ucdp)}).`,
  };
}

export function unsplitHeader(format: CsvFormat, separator: string | null): Localized {
  const label = FORMAT_LABELS[format];
  const shown = separator === null ? null : JSON.stringify(separator);
  return {
    de:
      `Die Kopfzeile nennt die Spalten von ${label}, aber sie lassen sich nicht trennen` +
      (shown ? ` (Trennzeichen ${shown})` : '') +
      '. Bitte als CSV mit Komma, Semikolon oder Tabulator als Trennzeichen speichern.',
    en:
      `The header names the ${label} columns, but they cannot be split` +
      (shown ? ` (separator ${shown})` : '') +
      '. Please save the file as CSV separated by commas, semicolons or tabs.',
  };
}

export function noRows(): Localized {
  return {
    de: 'Die Datei hat eine Kopfzeile, aber keine Datenzeilen.',
    en: 'The file has a header but no data rows.',
  };
}

export function notJson(detail: string): Localized {
  return {
    de: `Die Datei ist kein gültiges JSON (${detail}).`,
    en: `The file is not valid JSON (${detail}).`,
  };
}

export function notFeatureCollection(found: string): Localized {
  return {
    de: `Die GeoJSON-Datei muss eine FeatureCollection sein, ist aber ${found}.`,
    en: `The GeoJSON file must be a FeatureCollection, but is ${found}.`,
  };
}

export function noFeatures(): Localized {
  return {
    de: 'Die FeatureCollection enthält keine Features.',
    en: 'The FeatureCollection contains no features.',
  };
}

export function unexpectedFailure(detail: string): Localized {
  return {
    de: `Der Import ist unerwartet abgebrochen: ${detail}`,
    en: `The import stopped unexpectedly: ${detail}`,
  };
}
