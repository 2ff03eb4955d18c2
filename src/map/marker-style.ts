import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { CATEGORY_COLORS } from '../events/category-colors';
import { DATASET_COLORS } from '../events/dataset-colors';
import type { Lang } from '../domain/time/describe-date';
import { LAYOUT_ZOOMS, labelOffsetKey, offsetKey } from './features';

/** The places, event markers and clusters drawn over the basemap, and their sources. */

export const MARKER_SOURCE = {
  places: 'places',
  events: 'events',
  clusterSpots: 'cluster-spots',
  sites: 'sites',
} as const;

export const LAYER = {
  sites: 'sites',
  events: 'events',
  clusterSpots: 'cluster-spots',
  places: 'place-dots',
  placeLabels: 'place-labels',
  regionHalo: 'region-halo',
} as const;

export const MARKER_ICONS = {
  occurred: 'event-occurred',
  announced: 'event-announced',
  cluster: 'event-cluster',
} as const;

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';

const COLORS = {
  highlight: '#1d4f91',
  placeDot: '#2b2b2b',
  label: '#222222',
  labelHalo: '#ffffff',
  regionLabel: '#5d574d',
  cluster: '#33414f',
};

export const featureFlag = (name: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', name],
  false,
];

function categoryColor(): ExpressionSpecification {
  const pairs = Object.entries(CATEGORY_COLORS).flat();
  return ['match', ['get', 'category'], ...pairs, '#555555'] as unknown as ExpressionSpecification;
}

export function labelField(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'de' ? 'name_de' : 'name_en'];
}

/**
 * One value per whole zoom, read from the feature: `['step', ['zoom'], v1, 2, v2, …]`. Layout
 * values are taken at the tile's whole zoom, which is what the marker layout is computed for.
 */
function perZoom(value: (zoom: number) => ExpressionSpecification): ExpressionSpecification {
  const [first, ...rest] = LAYOUT_ZOOMS;
  return [
    'step',
    ['zoom'],
    value(first!),
    ...rest.flatMap((zoom) => [zoom, value(zoom)]),
  ] as unknown as ExpressionSpecification;
}

/** Markers of places gathered into a cluster at this zoom are left out; the cluster stands in. */
export const STANDING_MARKER_FILTER = perZoom((zoom) => ['<=', ['get', 'ownFrom'], zoom]);
export const MARKER_OFFSET = perZoom((zoom) => ['get', offsetKey(zoom)]);
export const LABEL_RADIAL_OFFSET = perZoom((zoom) => ['get', labelOffsetKey(zoom)]);
export const CLUSTER_FILTER = perZoom((zoom) => ['==', ['get', 'zoom'], zoom]);

export function placeLayers(lang: Lang): LayerSpecification[] {
  const isRegion: ExpressionSpecification = ['==', ['get', 'precision'], 'region'];
  return [
    {
      // Regions are areas, not pins: a soft disc says "somewhere in here" when they have events.
      id: LAYER.regionHalo,
      type: 'circle',
      source: MARKER_SOURCE.places,
      filter: isRegion,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 16, 8, 34],
        'circle-color': COLORS.highlight,
        'circle-opacity': ['case', featureFlag('selected'), 0.22, featureFlag('active'), 0.1, 0],
        'circle-blur': 0.6,
      },
    },
    {
      id: LAYER.places,
      type: 'circle',
      source: MARKER_SOURCE.places,
      filter: ['!', isRegion],
      paint: {
        'circle-radius': ['case', featureFlag('selected'), 6, 3.5],
        'circle-color': COLORS.placeDot,
        'circle-stroke-color': ['case', featureFlag('selected'), COLORS.highlight, '#ffffff'],
        'circle-stroke-width': ['case', featureFlag('selected'), 3, 1.2],
      },
    },
    {
      id: LAYER.placeLabels,
      type: 'symbol',
      source: MARKER_SOURCE.places,
      layout: {
        'text-field': labelField(lang),
        'text-font': ['case', isRegion, ['literal', [FONT_REGULAR]], ['literal', [FONT_BOLD]]],
        'text-size': ['case', isRegion, 12, 13],
        // Beside the place, just outside its markers; where that collides, another side. Labels
        // never print over each other or over markers: MapLibre drops the one that would.
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': LABEL_RADIAL_OFFSET,
        'text-letter-spacing': ['case', isRegion, 0.08, 0],
        'text-transform': ['case', ['==', ['get', 'kind'], 'country'], 'uppercase', 'none'],
        'symbol-sort-key': ['get', 'rank'],
        'text-padding': 3,
      },
      paint: {
        'text-color': ['case', isRegion, COLORS.regionLabel, COLORS.label],
        'text-halo-color': COLORS.labelHalo,
        'text-halo-width': 1.6,
      },
    },
  ];
}

/** Circle radius by the number of shown events at a site: area grows with the count. */
const SITE_COUNT: ExpressionSpecification = ['coalesce', ['feature-state', 'count'], 0];
const siteRadius = (scale: number): ExpressionSpecification => [
  'case',
  ['<=', SITE_COUNT, 0],
  0, // hidden sites cost the renderer nothing to skip
  ['*', scale, ['min', 22, ['+', 3.5, ['*', 1.6, ['sqrt', SITE_COUNT]]]]],
];
/** Smaller from afar, where thousands of sites share the screen; full size up close. */
const SITE_RADIUS: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  3,
  siteRadius(0.4),
  7,
  siteRadius(0.7),
  10,
  siteRadius(1),
];
/** The colour the site's dataset was given. */
const DATASET_COLOR: ExpressionSpecification = [
  'to-color',
  ['at', ['%', ['get', 'colorIndex'], DATASET_COLORS.length], ['literal', DATASET_COLORS]],
];
/** A site placed only near a town, or somewhere in a district or wider, is drawn hollow. */
const IS_PRECISE_SITE: ExpressionSpecification = ['==', ['get', 'precision'], 'point'];

/** Imported datasets: one circle per site, below the curated places, labels and markers. */
export function siteLayer(): LayerSpecification {
  return {
    id: LAYER.sites,
    type: 'circle',
    source: MARKER_SOURCE.sites,
    paint: {
      'circle-radius': SITE_RADIUS,
      'circle-color': DATASET_COLOR,
      'circle-opacity': ['case', IS_PRECISE_SITE, 0.55, 0.15],
      'circle-stroke-color': ['case', featureFlag('selected'), '#111111', DATASET_COLOR],
      'circle-stroke-width': [
        'case',
        featureFlag('selected'),
        3,
        ['case', IS_PRECISE_SITE, 0.8, 1.5],
      ],
      'circle-stroke-opacity': ['case', ['<=', SITE_COUNT, 0], 0, 1],
    },
  };
}

/**
 * Added once the marker images exist (see MapView's onLoad), so the map never asks for an
 * image it does not have yet. Markers are always drawn (allow-overlap), and they and the
 * cluster spots keep the place labels and the basemap's labels off themselves (no
 * ignore-placement).
 */
export function markerLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.events,
      type: 'symbol',
      source: MARKER_SOURCE.events,
      filter: STANDING_MARKER_FILTER,
      layout: {
        'icon-image': [
          'match',
          ['get', 'status'],
          'announced',
          MARKER_ICONS.announced,
          MARKER_ICONS.occurred,
        ],
        'icon-offset': MARKER_OFFSET,
        'icon-allow-overlap': true,
        'symbol-sort-key': ['get', 'order'],
      },
      paint: {
        'icon-color': categoryColor(),
        'icon-opacity': ['case', featureFlag('visible'), 1, 0],
        'icon-halo-color': ['case', featureFlag('selected'), '#111111', '#ffffff'],
        'icon-halo-width': ['case', featureFlag('selected'), 2.5, 1],
        'icon-halo-blur': 0,
      },
    },
    {
      // Invisible: the bubbles are buttons over the map; these only keep labels off them.
      id: LAYER.clusterSpots,
      type: 'symbol',
      source: MARKER_SOURCE.clusterSpots,
      filter: CLUSTER_FILTER,
      layout: {
        'icon-image': MARKER_ICONS.cluster,
        'icon-allow-overlap': true,
      },
      paint: { 'icon-opacity': 0 },
    },
  ];
}

/** Bubble size by count, as [count, scale] stops: 28 px across for a few, about 40 px for 50. */
export const CLUSTER_SCALE_STOPS: [number, number][] = [
  [2, 1],
  [10, 1.2],
  [50, 1.45],
];
export const CLUSTER_BASE_RADIUS_PX = 14;

/** The radius of a cluster bubble for a count. */
export function clusterRadius(count: number): number {
  const stops = CLUSTER_SCALE_STOPS;
  let scale = stops[0]![1];
  for (let i = 1; i < stops.length; i++) {
    const [c0, s0] = stops[i - 1]!;
    const [c1, s1] = stops[i]!;
    if (count >= c1) scale = s1;
    else if (count > c0) {
      scale = s0 + ((count - c0) / (c1 - c0)) * (s1 - s0);
      break;
    }
  }
  return CLUSTER_BASE_RADIUS_PX * scale;
}
