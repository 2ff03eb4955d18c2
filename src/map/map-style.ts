import type { StyleSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import type { Lang } from '../domain/time/describe-date';
import {
  basemapGroundLayers,
  basemapLabelLayers,
  basemapSources,
  PROVINCE_SOURCES,
} from './basemap-style';
import { FONT_BOLD, FONT_REGULAR, MARKER_SOURCE, placeLayers, siteLayer } from './marker-style';

export const SOURCE = {
  provinces: PROVINCE_SOURCES.areas,
} as const;

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
 * travel through feature-state only. The markers go on top once their images exist (MapView).
 */
export function buildMapStyle(options: {
  baseUrl: string;
  lang: Lang;
  places: GeoJSON.FeatureCollection;
  events: GeoJSON.FeatureCollection;
  clusterSpots: GeoJSON.FeatureCollection;
  sites: GeoJSON.FeatureCollection;
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
      // Features are known by their string ids (`promoteId`), never by position.
      [MARKER_SOURCE.places]: { type: 'geojson', data: options.places, promoteId: 'id' },
      [MARKER_SOURCE.events]: { type: 'geojson', data: options.events, promoteId: 'id' },
      [MARKER_SOURCE.clusterSpots]: { type: 'geojson', data: options.clusterSpots },
      [MARKER_SOURCE.sites]: { type: 'geojson', data: options.sites, promoteId: 'id' },
    },
    // Basemap labels below the app's own: they give way to the places the app names.
    layers: [
      ...basemapGroundLayers(),
      ...basemapLabelLayers({
        lang: options.lang,
        font: FONT_REGULAR,
        hide: labelledByApp(options.places),
      }),
      siteLayer(),
      ...placeLayers(options.lang),
    ],
  } as StyleSpecification;
}
