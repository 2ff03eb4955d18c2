import type { Localized } from '../data/dataset';
import {
  GEO_PRECISIONS,
  qualifiedEventId,
  type EventDate,
  type EventPlace,
  type EventSource,
  type MapEvent,
} from '../events/event';
import { parseIsoDay } from '../time/days';
import { createAcceptOnce } from './accept-once';
import { stripBom } from './csv-records';
import { noFeatures, notFeatureCollection, notJson } from './fatal-messages';
import { uniqueNames } from './fields';
import { FORMAT_LABELS } from './format';
import type { MappedRow } from './mapped-row';
import { createPlaceRegistry, type PlaceInput } from './place-registry';
import { endBeforeStart, missingProperty, wrongValue } from './reasons';
import {
  createRejectedRows,
  isRejected,
  rejectRow,
  REJECTED_LIST_LIMIT,
  type RejectedRow,
} from './rejected-rows';
import type { ImportSummary } from './row-importer';
import {
  CATEGORY_VALUES,
  DATE_BASIS_VALUES,
  PRECISION_VALUES,
  STATUS_VALUES,
  VAGUE_BOUND_VALUES,
} from './vocabulary';

/**
 * GeoJSON in our own event shape (what `eventsToGeoJson` writes): a FeatureCollection of
 * Point features whose properties describe events. The geometry is where the event happened,
 * whatever the properties say about the place. A feature that does not fit is rejected,
 * numbered from 1, with the property path at fault.
 */

export interface ImportResult {
  events: MapEvent[];
  places: EventPlace[];
  actorNames: Record<string, Localized>;
  summary: ImportSummary;
}

class FeatureProblem extends Error {
  constructor(
    readonly path: string,
    readonly reason: Localized,
    readonly value?: string,
  ) {
    super(reason.en);
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function fail(path: string, expected: Localized, value: unknown): never {
  throw new FeatureProblem(path, wrongValue(path, expected, value), shown(value));
}

function oneOf(values: readonly string[]): Localized {
  const list = values.join(', ');
  return { de: `einer von ${list}`, en: `one of ${list}` };
}

const A_TEXT: Localized = { de: 'ein Text', en: 'a text' };
const A_LOCALIZED: Localized = { de: 'ein Text oder {de, en}', en: 'a text or {de, en}' };
const AN_OBJECT: Localized = { de: 'ein Objekt', en: 'an object' };
const A_LIST: Localized = { de: 'eine Liste', en: 'a list' };
const A_DAY: Localized = { de: 'ein Datum wie „2016-10-05“', en: 'a date like "2016-10-05"' };
const A_COUNT: Localized = { de: 'eine ganze Zahl ab 0', en: 'a whole number of at least 0' };
const A_BOOLEAN: Localized = { de: 'true oder false', en: 'true or false' };
const A_PLACE: Localized = {
  de: 'ein Name oder ein Ort {name, precision?, admin?, country?}',
  en: 'a name or a place {name, precision?, admin?, country?}',
};

function optionalText(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') fail(path, A_TEXT, value);
  return value;
}

function optionalLocalized(value: unknown, path: string): Localized | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return { de: value, en: value };
  if (isObject(value) && typeof value.de === 'string' && typeof value.en === 'string') {
    return { de: value.de, en: value.en };
  }
  return fail(path, A_LOCALIZED, value);
}

function optionalCount(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail(path, A_COUNT, value);
  }
  return value;
}

function member<T extends string>(
  value: unknown,
  path: string,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (!allowed.includes(value as T)) fail(path, oneOf(allowed), value);
  return value as T;
}

function required<T>(value: T | undefined, path: string): T {
  if (value === undefined) throw new FeatureProblem(path, missingProperty(path));
  return value;
}

function readDay(value: unknown, path: string): number {
  if (value === undefined || value === null) throw new FeatureProblem(path, missingProperty(path));
  const day = typeof value === 'string' ? parseIsoDay(value) : null;
  return day ?? fail(path, A_DAY, value);
}

function readDate(value: unknown): EventDate {
  if (value === undefined || value === null)
    throw new FeatureProblem('date', missingProperty('date'));
  if (!isObject(value)) fail('date', AN_OBJECT, value);
  const start = readDay(value.start, 'date.start');
  const end = readDay(value.end, 'date.end');
  if (end < start) {
    throw new FeatureProblem(
      'date.end',
      endBeforeStart(String(value.start), String(value.end)),
      String(value.end),
    );
  }
  const date: EventDate = {
    start,
    end,
    precision: required(
      member(value.precision, 'date.precision', PRECISION_VALUES),
      'date.precision',
    ),
  };
  const vague = member(value.vague, 'date.vague', VAGUE_BOUND_VALUES);
  const words = optionalLocalized(value.words, 'date.words');
  const basis = member(value.basis, 'date.basis', DATE_BASIS_VALUES);
  const explanation = optionalLocalized(value.explanation, 'date.explanation');
  if (vague !== undefined) date.vague = vague;
  if (words !== undefined) date.words = words;
  if (basis !== undefined) date.basis = basis;
  if (explanation !== undefined) date.explanation = explanation;
  return date;
}

function readCoordinates(geometry: unknown): [number, number] {
  if (geometry === undefined || geometry === null) {
    throw new FeatureProblem('geometry', missingProperty('geometry'));
  }
  if (!isObject(geometry)) fail('geometry', AN_OBJECT, geometry);
  if (geometry.type !== 'Point') fail('geometry.type', oneOf(['Point']), geometry.type);
  const coordinates = geometry.coordinates;
  const [lon, lat] = Array.isArray(coordinates) ? coordinates : [];
  const inRange = (value: unknown, limit: number) =>
    typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;
  if (!Array.isArray(coordinates) || !inRange(lon, 180) || !inRange(lat, 90)) {
    fail(
      'geometry.coordinates',
      {
        de: '[Länge, Breite] mit Länge zwischen -180 und 180 und Breite zwischen -90 und 90',
        en: '[longitude, latitude] with longitude between -180 and 180 and latitude between -90 and 90',
      },
      coordinates,
    );
  }
  return [lon as number, lat as number];
}

function readPlace(value: unknown, coordinates: [number, number]): PlaceInput {
  let givenId: string | undefined;
  let name: Localized | undefined;
  let precision: PlaceInput['precision'] = 'point';
  let admin: string | undefined;
  let country: string | undefined;
  if (typeof value === 'string' && value !== '') {
    // A gazetteer id or a name: shown as the name; the geometry says where.
    name = { de: value, en: value };
  } else if (isObject(value)) {
    givenId = optionalText(value.id, 'place.id');
    name = required(optionalLocalized(value.name, 'place.name'), 'place.name');
    precision = member(value.precision, 'place.precision', GEO_PRECISIONS) ?? 'point';
    admin = optionalText(value.admin, 'place.admin');
    country = optionalText(value.country, 'place.country');
    if (country !== undefined && !/^[A-Z]{2}$/.test(country)) {
      fail(
        'place.country',
        { de: 'ein Ländercode wie „SY“', en: 'a country code like "SY"' },
        country,
      );
    }
  } else if (value !== undefined && value !== null && value !== '') {
    fail('place', A_PLACE, value);
  }
  name ??= {
    de: `${coordinates[1]}, ${coordinates[0]}`,
    en: `${coordinates[1]}, ${coordinates[0]}`,
  };
  const place: PlaceInput = {
    // The whole place, exact coordinates included: places that differ in anything stay apart.
    key: JSON.stringify([givenId, name, coordinates, precision, admin, country]),
    name,
    coordinates,
    precision,
  };
  if (givenId !== undefined) place.givenId = givenId;
  if (admin !== undefined) place.admin = admin;
  if (country !== undefined) place.country = country;
  return place;
}

function readFatalities(value: unknown): MapEvent['fatalities'] {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    const count = optionalCount(value, 'fatalities')!;
    return { min: count, max: count };
  }
  if (!isObject(value)) fail('fatalities', AN_OBJECT, value);
  const min = required(optionalCount(value.min, 'fatalities.min'), 'fatalities.min');
  const max = required(optionalCount(value.max, 'fatalities.max'), 'fatalities.max');
  const best = optionalCount(value.best, 'fatalities.best');
  if (min > max) {
    fail('fatalities.max', { de: `mindestens ${min} (min)`, en: `at least ${min} (min)` }, max);
  }
  if (best !== undefined && (best < min || best > max)) {
    fail(
      'fatalities.best',
      { de: `zwischen ${min} und ${max}`, en: `between ${min} and ${max}` },
      best,
    );
  }
  return best === undefined ? { min, max } : { min, max, best };
}

function readSources(value: unknown): EventSource[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail('sources', A_LIST, value);
  return value.map((item: unknown, index) => {
    const path = `sources[${index}]`;
    if (!isObject(item)) fail(path, AN_OBJECT, item);
    const source: EventSource = {};
    for (const key of ['article', 'quote', 'publisher', 'headline'] as const) {
      const text = optionalText(item[key], `${path}.${key}`);
      if (text !== undefined) source[key] = text;
    }
    const fatalities = optionalCount(item.fatalities, `${path}.fatalities`);
    if (fatalities !== undefined) source.fatalities = fatalities;
    return source;
  });
}

function readActors(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail('actors', A_LIST, value);
  value.forEach((actor: unknown, index) => {
    if (typeof actor !== 'string') fail(`actors[${index}]`, A_TEXT, actor);
  });
  return uniqueNames(value as string[]);
}

function readFeature(feature: unknown, datasetId: string): MappedRow {
  if (!isObject(feature)) fail('feature', AN_OBJECT, feature);
  if (feature.type !== 'Feature') fail('type', oneOf(['Feature']), feature.type);
  const properties = feature.properties ?? {};
  if (!isObject(properties)) fail('properties', AN_OBJECT, properties);
  // Our exporter writes the id into the properties; other tools often put it on the feature.
  const rawId = properties.id ?? feature.id;
  const localId = typeof rawId === 'number' ? String(rawId) : optionalText(rawId, 'id')?.trim();
  if (localId === undefined || localId === '')
    throw new FeatureProblem('id', missingProperty('id'));

  const date = readDate(properties.date);
  const status = member(properties.status, 'status', STATUS_VALUES) ?? 'occurred';
  const category = required(member(properties.category, 'category', CATEGORY_VALUES), 'category');
  const sourceType = optionalText(properties.sourceType, 'sourceType');
  const title = optionalLocalized(properties.title, 'title');
  const coordinates = readCoordinates(feature.geometry);
  const place = readPlace(properties.place, coordinates);
  const actors = readActors(properties.actors);
  const fatalities = readFatalities(properties.fatalities);
  const notes = optionalText(properties.notes, 'notes');
  const sources = readSources(properties.sources);
  const background = properties.background;
  if (background !== undefined && background !== null && typeof background !== 'boolean') {
    fail('background', A_BOOLEAN, background);
  }

  const event: MapEvent = {
    id: qualifiedEventId(datasetId, localId),
    dataset: datasetId,
    localId,
    date,
    status,
    category,
    place: '',
    actors,
    sources,
  };
  if (sourceType !== undefined) event.sourceType = sourceType;
  if (title !== undefined) event.title = title;
  if (fatalities !== undefined) event.fatalities = fatalities;
  if (notes !== undefined) event.notes = notes;
  if (background === true || background === false) event.background = background;
  return { event, place };
}

function readActorNames(value: unknown): Record<string, Localized> {
  const names: Record<string, Localized> = {};
  if (!isObject(value)) return names;
  for (const [key, name] of Object.entries(value)) {
    if (isObject(name) && typeof name.de === 'string' && typeof name.en === 'string') {
      names[key] = { de: name.de, en: name.en };
    }
  }
  return names;
}

function describeRoot(root: unknown): string {
  if (isObject(root) && typeof root.type === 'string') return JSON.stringify(root.type);
  if (Array.isArray(root)) return 'an array';
  return typeof root;
}

export function importGeoJson(
  text: string,
  datasetId: string,
  options: { rejectedLimit?: number } = {},
): ImportResult | { error: Localized } {
  let root: unknown;
  try {
    root = JSON.parse(stripBom(text));
  } catch (error) {
    return { error: notJson(error instanceof Error ? error.message : String(error)) };
  }
  if (!isObject(root) || root.type !== 'FeatureCollection' || !Array.isArray(root.features)) {
    return { error: notFeatureCollection(describeRoot(root)) };
  }
  const features: unknown[] = root.features;
  if (features.length === 0) return { error: noFeatures() };

  const registry = createPlaceRegistry(datasetId);
  const accept = createAcceptOnce(registry, 'feature', 'id');
  const rejected = createRejectedRows(options.rejectedLimit ?? REJECTED_LIST_LIMIT);
  const events: MapEvent[] = [];
  features.forEach((feature, index) => {
    const row = index + 1;
    let mapped: MappedRow | RejectedRow;
    try {
      mapped = readFeature(feature, datasetId);
    } catch (error) {
      if (!(error instanceof FeatureProblem)) throw error;
      mapped = rejectRow(row, error.reason, error.path, error.value);
    }
    const result = accept(mapped, row);
    if (isRejected(result)) rejected.add(result);
    else events.push(result);
  });

  return {
    events,
    places: registry.places(),
    actorNames: readActorNames(root.actorNames),
    summary: {
      format: 'geojson',
      formatLabel: FORMAT_LABELS.geojson,
      rowsRead: features.length,
      accepted: events.length,
      rejected: [...rejected.list],
      rejectedCount: rejected.count,
    },
  };
}
