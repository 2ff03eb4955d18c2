import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import type { Lang } from '../timeline/describe-date';
import { featureFlag, FONT_BOLD, FONT_REGULAR, MARKER_SOURCE, placeLayers } from './marker-style';

const COLORS = {
  sea: '#dbe7ee',
  land: '#f6f4ef',
  landDetail: '#f6f4ef',
  border: '#a39f97',
  province: '#8a857c',
  highlight: '#1d4f91',
  placeDot: '#2b2b2b',
  label: '#222222',
  labelHalo: '#ffffff',
  regionLabel: '#5d574d',
};

export const SOURCE = {
  countries110: 'countries-110m',
  borders110: 'borders-110m',
  countries50: 'countries-50m',
  borders50: 'borders-50m',
  countriesDetail: 'countries-detail',
  bordersDetail: 'borders-detail',
  detailExtent: 'detail-extent',
  provinces: 'provinces',
  provinceLines: 'province-lines',
} as const;

/** Countries are drawn from three files, each over its own zoom range. */
export const COUNTRY_SOURCES = [
  SOURCE.countries110,
  SOURCE.countries50,
  SOURCE.countriesDetail,
] as const;

export const BASEMAP_LAYER = {
  regionAreas: 'region-areas',
} as const;

/** Zoom thresholds: one resolution per range, so borders never disagree with each other. */
const LOW_RES_MAX_ZOOM = 3;
const DETAIL_MIN_ZOOM = 5.5;

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

function basemapLayers(): LayerSpecification[] {
  const countryFill = (
    id: string,
    source: string,
    minzoom: number,
    maxzoom: number,
    color: string,
  ): LayerSpecification => ({
    id,
    type: 'fill',
    source,
    minzoom,
    maxzoom,
    paint: {
      'fill-color': ['case', featureFlag('selected'), '#e3eaf5', color],
      'fill-outline-color': ['case', featureFlag('selected'), COLORS.highlight, color],
    },
  });
  const borderLine = (
    id: string,
    source: string,
    minzoom: number,
    maxzoom: number,
  ): LayerSpecification => ({
    id,
    type: 'line',
    source,
    minzoom,
    maxzoom,
    paint: {
      'line-color': COLORS.border,
      'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 8, 1.4],
    },
  });
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
    countryFill('land-110m', SOURCE.countries110, 0, LOW_RES_MAX_ZOOM, COLORS.land),
    borderLine('borders-110m', SOURCE.borders110, 0, LOW_RES_MAX_ZOOM),
    countryFill('land-50m', SOURCE.countries50, LOW_RES_MAX_ZOOM, 24, COLORS.land),
    borderLine('borders-50m', SOURCE.borders50, LOW_RES_MAX_ZOOM, 24),
    // Inside the detail extent the 10m coast replaces the 50m one: mask the coarse one first.
    {
      id: 'detail-mask',
      type: 'fill',
      source: SOURCE.detailExtent,
      minzoom: DETAIL_MIN_ZOOM,
      paint: { 'fill-color': COLORS.sea },
    },
    countryFill('land-detail', SOURCE.countriesDetail, DETAIL_MIN_ZOOM, 24, COLORS.landDetail),
    borderLine('borders-detail', SOURCE.bordersDetail, DETAIL_MIN_ZOOM, 24),
    {
      id: BASEMAP_LAYER.regionAreas,
      type: 'fill',
      source: SOURCE.provinces,
      paint: {
        'fill-color': COLORS.highlight,
        'fill-opacity': ['case', featureFlag('selected'), 0.16, featureFlag('active'), 0.07, 0],
      },
    },
    {
      id: 'province-lines',
      type: 'line',
      source: SOURCE.provinceLines,
      minzoom: 4.5,
      paint: { 'line-color': COLORS.province, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    {
      id: 'region-outline',
      type: 'line',
      source: SOURCE.provinces,
      paint: {
        'line-color': COLORS.highlight,
        'line-width': ['case', featureFlag('selected'), 2.5, 1.2],
        'line-opacity': ['case', featureFlag('selected'), 1, featureFlag('active'), 0.8, 0],
      },
    },
  ];
}

function geojson(url: string, promoteId?: string): SourceSpecification {
  return { type: 'geojson', data: url, ...(promoteId ? { promoteId } : {}) };
}

/**
 * The whole style, built once per page: basemap files are fetched from our own origin and the
 * places and events are inline GeoJSON that never changes afterwards. Visibility and selection
 * travel through feature-state only.
 */
export function buildMapStyle(options: {
  baseUrl: string;
  lang: Lang;
  places: GeoJSON.FeatureCollection;
  events: GeoJSON.FeatureCollection;
  clusterSpots: GeoJSON.FeatureCollection;
}): StyleSpecification {
  const file = (name: string) => new URL(`basemap/${name}`, options.baseUrl).href;
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
      [SOURCE.countries110]: geojson(file('countries-110m.json'), 'iso'),
      [SOURCE.borders110]: geojson(file('borders-110m.json')),
      [SOURCE.countries50]: geojson(file('countries-50m.json'), 'iso'),
      [SOURCE.borders50]: geojson(file('borders-50m.json')),
      [SOURCE.countriesDetail]: geojson(file('countries-10m-detail.json'), 'iso'),
      [SOURCE.bordersDetail]: geojson(file('borders-10m-detail.json')),
      [SOURCE.detailExtent]: geojson(file('detail-extent.json')),
      [SOURCE.provinces]: geojson(file('provinces-sy.json'), 'iso'),
      [SOURCE.provinceLines]: geojson(file('provinces-sy-lines.json')),
      [MARKER_SOURCE.places]: { type: 'geojson', data: options.places },
      [MARKER_SOURCE.events]: { type: 'geojson', data: options.events },
      [MARKER_SOURCE.clusterSpots]: { type: 'geojson', data: options.clusterSpots },
    },
    layers: [...basemapLayers(), ...placeLayers(options.lang)],
  } as StyleSpecification;
}
