import type { Localized } from '../data/dataset';
import type { EventPlace, MapEvent } from '../events/event';
import { createAcceptOnce } from './accept-once';
import { stripBom } from './csv-records';
import { noFeatures, notFeatureCollection, notJson } from './fatal-messages';
import { FORMAT_LABELS } from './format';
import { readFeature } from './geojson-feature';
import { FeatureProblem, isObject } from './json-values';
import type { MappedRow } from './mapped-row';
import { createPlaceRegistry } from './place-registry';
import {
  createRejectedRows,
  isRejected,
  rejectRow,
  REJECTED_LIST_LIMIT,
  type RejectedRow,
} from './rejected-rows';
import type { ImportSummary } from './row-importer';

/**
 * GeoJSON in our own event shape (what `eventsToGeoJson` writes): a FeatureCollection of
 * Point features whose properties describe events, and optionally the actors' names. A
 * feature that does not fit is rejected, numbered from 1, with the property path at fault.
 */

export interface ImportResult {
  events: MapEvent[];
  places: EventPlace[];
  actorNames: Record<string, Localized>;
  summary: ImportSummary;
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
