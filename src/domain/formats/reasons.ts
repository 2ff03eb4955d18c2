import type { Localized } from '../data/dataset';

/**
 * Why a row was rejected, in both languages. Each reason names the column and quotes the value,
 * so a line of the downloadable report can be read on its own.
 */

const MAX_QUOTED = 80;

/** Long values are cut, so that a garbage field cannot blow up the report. */
export function truncateValue(value: string): string {
  return value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED - 1)}…` : value;
}

function de(value: string): string {
  return `„${truncateValue(value)}“`;
}

function en(value: string): string {
  return `"${truncateValue(value)}"`;
}

export function emptyValue(column: string): Localized {
  return { de: `${column} ist leer`, en: `${column} is empty` };
}

export function notADate(value: string): Localized {
  return { de: `kein gültiges Datum: ${de(value)}`, en: `not a valid date: ${en(value)}` };
}

export function endBeforeStart(start: string, end: string): Localized {
  return {
    de: `das Ende (${de(end)}) liegt vor dem Beginn (${de(start)})`,
    en: `the end (${en(end)}) is before the start (${en(start)})`,
  };
}

/** `expected` lists the allowed codes, e.g. "1, 2, 3". */
export function unknownCode(column: string, value: string, expected: string): Localized {
  return {
    de: `unbekannter Wert für ${column}: ${de(value)} (erlaubt: ${expected})`,
    en: `unknown ${column} code ${en(value)} (allowed: ${expected})`,
  };
}

export function unknownEventType(value: string): Localized {
  return { de: `unbekannter Ereignistyp ${de(value)}`, en: `unknown event type ${en(value)}` };
}

export function notANumber(column: string, value: string): Localized {
  return {
    de: `${column} ist keine Zahl: ${de(value)}`,
    en: `${column} is not a number: ${en(value)}`,
  };
}

export function outOfRange(column: string, value: string, min: number, max: number): Localized {
  return {
    de: `${column} ${de(value)} liegt nicht zwischen ${min} und ${max}`,
    en: `${column} ${en(value)} is not between ${min} and ${max}`,
  };
}

export function notACount(column: string, value: string): Localized {
  return {
    de: `${column} muss eine ganze Zahl ab 0 sein, nicht ${de(value)}`,
    en: `${column} must be a whole number of at least 0, not ${en(value)}`,
  };
}

export function countsOutOfOrder(
  lower: string,
  lowerValue: number,
  upper: string,
  upperValue: number,
): Localized {
  return {
    de: `${lower} (${lowerValue}) ist größer als ${upper} (${upperValue})`,
    en: `${lower} (${lowerValue}) is greater than ${upper} (${upperValue})`,
  };
}

export function duplicateId(id: string, firstRow: number, unit: 'row' | 'feature'): Localized {
  return unit === 'row'
    ? {
        de: `doppelte ID ${de(id)}, zuerst in Zeile ${firstRow}`,
        en: `duplicate id ${en(id)}, first seen in row ${firstRow}`,
      }
    : {
        de: `doppelte ID ${de(id)}, zuerst in Feature ${firstRow}`,
        en: `duplicate id ${en(id)}, first seen in feature ${firstRow}`,
      };
}

export function fieldCount(found: number, expected: number): Localized {
  return {
    de: `die Zeile hat ${found} Felder, die Kopfzeile ${expected}`,
    en: `the row has ${found} fields, the header ${expected}`,
  };
}

export function recordTooLong(limit: number): Localized {
  return {
    de: `die Zeile ist länger als ${limit} Zeichen, wohl weil ein Feld in Anführungszeichen nie geschlossen wird: ab hier konnte die Datei nicht gelesen werden`,
    en: `the row is longer than ${limit} characters, probably because a quoted field is never closed: the file could not be read from here on`,
  };
}

export function unclosedQuote(): Localized {
  return {
    de: 'ein Feld in Anführungszeichen wird bis zum Ende der Datei nicht geschlossen',
    en: 'a quoted field is not closed before the end of the file',
  };
}

/** GeoJSON: `path` is the property path ("date.start"), `expected` says what belongs there. */
export function wrongValue(path: string, expected: Localized, value: unknown): Localized {
  const shown = describeJsonValue(value);
  return {
    de: `${path} muss ${expected.de} sein, ist aber ${shown.de}`,
    en: `${path} must be ${expected.en}, but is ${shown.en}`,
  };
}

export function missingProperty(path: string): Localized {
  return { de: `${path} fehlt`, en: `${path} is missing` };
}

function describeJsonValue(value: unknown): Localized {
  if (value === undefined) return { de: 'nicht angegeben', en: 'absent' };
  if (value === null) return { de: 'null', en: 'null' };
  if (typeof value === 'string') return { de: de(value), en: en(value) };
  if (Array.isArray(value)) return { de: 'eine Liste', en: 'a list' };
  if (typeof value === 'object') return { de: 'ein Objekt', en: 'an object' };
  return { de: String(value), en: String(value) };
}
