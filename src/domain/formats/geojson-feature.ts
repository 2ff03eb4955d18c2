import type { Localized } from '../data/dataset';
import {
  GEO_PRECISIONS,
  qualifiedEventId,
  type EventDate,
  type EventSource,
  type MapEvent,
} from '../events/event';
import { uniqueNames } from './fields';
import {
  A_BOOLEAN,
  A_LIST,
  A_PLACE,
  A_TEXT,
  AN_OBJECT,
  fail,
  FeatureProblem,
  isObject,
  member,
  oneOf,
  optionalCount,
  optionalLocalized,
  optionalText,
  readDay,
  required,
} from './json-values';
import type { MappedRow } from './mapped-row';
import type { PlaceInput } from './place-registry';
import { endBeforeStart, missingProperty } from './reasons';
import {
  CATEGORY_VALUES,
  DATE_BASIS_VALUES,
  PRECISION_VALUES,
  STATUS_VALUES,
  VAGUE_BOUND_VALUES,
} from './vocabulary';

/**
 * One feature of our own GeoJSON shape read into an event and its place. The geometry is
 * where the event happened, whatever the properties say about the place.
 */

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

export function readFeature(feature: unknown, datasetId: string): MappedRow {
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
