import type { Localized } from '../data/dataset';
import { parseIsoDay } from '../time/days';
import { missingProperty, wrongValue } from './reasons';

/**
 * Reading values out of parsed JSON, strictly: the first value that does not fit throws a
 * FeatureProblem naming its path, which the importer turns into a rejected feature.
 */

export class FeatureProblem extends Error {
  constructor(
    readonly path: string,
    readonly reason: Localized,
    readonly value?: string,
  ) {
    super(reason.en);
  }
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function fail(path: string, expected: Localized, value: unknown): never {
  throw new FeatureProblem(path, wrongValue(path, expected, value), shown(value));
}

export function oneOf(values: readonly string[]): Localized {
  const list = values.join(', ');
  return { de: `einer von ${list}`, en: `one of ${list}` };
}

export const A_TEXT: Localized = { de: 'ein Text', en: 'a text' };
const A_LOCALIZED: Localized = { de: 'ein Text oder {de, en}', en: 'a text or {de, en}' };
export const AN_OBJECT: Localized = { de: 'ein Objekt', en: 'an object' };
export const A_LIST: Localized = { de: 'eine Liste', en: 'a list' };
const A_DAY: Localized = {
  de: 'ein Datum wie „2016-10-05“',
  en: 'a date like "2016-10-05"',
};
const A_COUNT: Localized = {
  de: 'eine ganze Zahl ab 0',
  en: 'a whole number of at least 0',
};
export const A_BOOLEAN: Localized = { de: 'true oder false', en: 'true or false' };
export const A_PLACE: Localized = {
  de: 'ein Name oder ein Ort {name, precision?, admin?, country?}',
  en: 'a name or a place {name, precision?, admin?, country?}',
};

export function optionalText(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') fail(path, A_TEXT, value);
  return value;
}

export function optionalLocalized(value: unknown, path: string): Localized | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return { de: value, en: value };
  if (isObject(value) && typeof value.de === 'string' && typeof value.en === 'string') {
    return { de: value.de, en: value.en };
  }
  return fail(path, A_LOCALIZED, value);
}

export function optionalCount(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail(path, A_COUNT, value);
  }
  return value;
}

export function member<T extends string>(
  value: unknown,
  path: string,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (!allowed.includes(value as T)) fail(path, oneOf(allowed), value);
  return value as T;
}

export function required<T>(value: T | undefined, path: string): T {
  if (value === undefined) throw new FeatureProblem(path, missingProperty(path));
  return value;
}

export function readDay(value: unknown, path: string): number {
  if (value === undefined || value === null) throw new FeatureProblem(path, missingProperty(path));
  const day = typeof value === 'string' ? parseIsoDay(value) : null;
  return day ?? fail(path, A_DAY, value);
}
