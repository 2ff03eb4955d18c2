import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import { CATEGORY_COLORS } from '../events/category-colors';
import {
  basemapGroundLayers,
  basemapLabelLayers,
  basemapSources,
  PROVINCE_LAYERS,
  PROVINCE_SOURCES,
} from './basemap-style';
import type { Lang } from '../timeline/describe-date';

const COLORS = {
  highlight: '#1d4f91',
  placeDot: '#2b2b2b',
  label: '#222222',
  labelHalo: '#ffffff',
  regionLabel: '#5d574d',
};

export const SOURCE = {
  provinces: PROVINCE_SOURCES.areas,
  places: 'places',
  events: 'events',
} as const;

export const LAYER = {
  events: 'events',
  places: 'place-dots',
  placeLabels: 'place-labels',
  regionAreas: PROVINCE_LAYERS.areas,
} as const;

/** Marker scale by zoom: [zoom, scale] pairs, interpolated linearly and clamped at the ends. */
export const ICON_SIZE_STOPS: [number, number][] = [
  [3, 0.6],
  [6, 0.8],
  [8, 1],
];

export function iconScale(zoom: number): number {
  const first = ICON_SIZE_STOPS[0]!;
  if (zoom <= first[0]) return first[1];
  for (let i = 1; i < ICON_SIZE_STOPS.length; i++) {
    const [z0, s0] = ICON_SIZE_STOPS[i - 1]!;
    const [z1, s1] = ICON_SIZE_STOPS[i]!;
    if (zoom <= z1) return s0 + ((zoom - z0) / (z1 - z0)) * (s1 - s0);
  }
  return ICON_SIZE_STOPS.at(-1)![1];
}

export const EVENT_ICONS = { occurred: 'event-occurred', announced: 'event-announced' } as const;

const FONT_REGULAR = 'Noto Sans Regular';
const FONT_BOLD = 'Noto Sans Bold';
const LATIN_RANGE = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2212',
];
const LATIN_EXT_RANGE = [
  'U+0100-02BA',
  'U+02BD-02C5',
  'U+02C7-02CC',
  'U+02CE-02D7',
  'U+02DD-02FF',
  'U+1E00-1E9F',
  'U+1EF2-1EFF',
  'U+2C60-2C7F',
  'U+A720-A7FF',
];

const featureFlag = (name: string): ExpressionSpecification => [
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

function placeLayers(lang: Lang): LayerSpecification[] {
  const isRegion: ExpressionSpecification = ['==', ['get', 'precision'], 'region'];
  return [
    {
      // Regions are areas, not pins: a soft disc says "somewhere in here" when they have events.
      id: 'region-halo',
      type: 'circle',
      source: SOURCE.places,
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
      source: SOURCE.places,
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
      source: SOURCE.places,
      layout: {
        'text-field': labelField(lang),
        'text-font': ['case', isRegion, ['literal', [FONT_REGULAR]], ['literal', [FONT_BOLD]]],
        'text-size': ['case', isRegion, 12, 13],
        'text-anchor': ['get', 'labelAnchor'],
        'text-offset': ['get', 'labelOffset'],
        'text-letter-spacing': ['case', isRegion, 0.08, 0],
        'text-transform': ['case', ['==', ['get', 'kind'], 'country'], 'uppercase', 'none'],
        // The brief: every place is always on the map with its name.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: {
        'text-color': ['case', isRegion, COLORS.regionLabel, COLORS.label],
        'text-halo-color': COLORS.labelHalo,
        'text-halo-width': 1.6,
      },
    },
  ];
}

/**
 * Added once the marker images exist (see MapView's onLoad), so the map never asks for an
 * image it does not have yet.
 */
export function eventLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.events,
      type: 'symbol',
      source: SOURCE.events,
      layout: {
        'icon-image': [
          'match',
          ['get', 'status'],
          'announced',
          EVENT_ICONS.announced,
          EVENT_ICONS.occurred,
        ],
        // Offsets scale with the icon, so crowded places shrink together at low zoom.
        'icon-size': ['interpolate', ['linear'], ['zoom'], ...ICON_SIZE_STOPS.flat()],
        'icon-offset': ['get', 'offset'],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
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
  ];
}

/** Names the app's own place labels show, without qualifiers such as " (Stadt)". */
function labelledByApp(places: GeoJSON.FeatureCollection): { de: string[]; en: string[] } {
  const names = (key: string) =>
    places.features.map((feature) =>
      String(feature.properties?.[key] ?? '').replace(/\s*\(.*\)$/, ''),
    );
  return { de: names('name_de'), en: names('name_en') };
}

/**
 * The whole style, built once per page: basemap tiles are read from our own origin and the
 * places and events are inline GeoJSON that never changes afterwards. Visibility and selection
 * travel through feature-state only.
 */
export function buildMapStyle(options: {
  baseUrl: string;
  lang: Lang;
  places: GeoJSON.FeatureCollection;
  events: GeoJSON.FeatureCollection;
}): StyleSpecification {
  const font = (url: string) => new URL(url, options.baseUrl).href;
  return {
    version: 8,
    name: 'Lagekarte',
    'font-faces': {
      [FONT_REGULAR]: [
        { url: font(latin400), 'unicode-range': LATIN_RANGE },
        { url: font(latinExt400), 'unicode-range': LATIN_EXT_RANGE },
      ],
      [FONT_BOLD]: [
        { url: font(latin700), 'unicode-range': LATIN_RANGE },
        { url: font(latinExt700), 'unicode-range': LATIN_EXT_RANGE },
      ],
    },
    sources: {
      ...basemapSources(options.baseUrl),
      [SOURCE.places]: { type: 'geojson', data: options.places },
      [SOURCE.events]: { type: 'geojson', data: options.events },
    },
    // Basemap labels below the app's own: they give way to the places the app names.
    layers: [
      ...basemapGroundLayers(),
      ...basemapLabelLayers({
        lang: options.lang,
        font: FONT_REGULAR,
        hide: labelledByApp(options.places),
      }),
      ...placeLayers(options.lang),
    ],
  } as StyleSpecification;
}
