import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
} from 'maplibre-gl';
import type { Lang } from '../domain/time/describe-date';

// The offline basemap: one PMTiles archive of vector tiles for the world (built by
// scripts/build-basemap.mjs, which imports the names below so both sides agree), plus Syria's
// governorates as GeoJSON, whose feature-state the app sets by ISO 3166-2 code.

export const BASEMAP_SOURCE = 'basemap';
/** Tiles exist up to this zoom; MapLibre over-zooms them beyond, so zoom 12 still has a map. */
export const BASEMAP_MAX_ZOOM = 7;
export const BASEMAP_FILE = 'basemap/basemap.pmtiles';

/** Layers inside the tiles (MapLibre's source-layer). */
export const BASEMAP_LAYERS = {
  countries: 'countries',
  borders: 'borders',
  lakes: 'lakes',
  rivers: 'rivers',
  countryLabels: 'country_labels',
  waterLabels: 'water_labels',
  cities: 'cities',
} as const;

/** Where country polygons live, for feature-state `selected` by ISO 3166-1 alpha-2 id. */
export const COUNTRY_FEATURES = {
  source: BASEMAP_SOURCE,
  sourceLayer: BASEMAP_LAYERS.countries,
} as const;

export const PROVINCE_SOURCES = { areas: 'provinces', lines: 'province-lines' } as const;
export const PROVINCE_LAYERS = {
  areas: 'region-areas',
  lines: 'province-lines',
  outline: 'region-outline',
} as const;

/** Label layers, in the order they are drawn; each shows `name_de` or `name_en`. */
export const BASEMAP_LABEL_LAYERS = ['water-labels', 'city-labels', 'country-labels'] as const;

const COLORS = {
  sea: '#dbe7ee',
  land: '#f6f4ef',
  selectedLand: '#e3eaf5',
  river: '#a9c6d8',
  border: '#a39f97',
  province: '#8a857c',
  highlight: '#1d4f91',
  city: '#57524a',
  capital: '#2e2a25',
  country: '#8a8378',
  water: '#6f8fa3',
  halo: '#ffffff',
};

/** The label text in the UI language. */
export function basemapNameField(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'de' ? 'name_de' : 'name_en'];
}

export function basemapSources(baseUrl: string): Record<string, SourceSpecification> {
  const file = (name: string) => new URL(name, baseUrl).href;
  return {
    [BASEMAP_SOURCE]: {
      type: 'vector',
      // Read by byte ranges from one file on our own origin (basemap-protocol.ts).
      tiles: [`pmtiles://${file(BASEMAP_FILE)}/{z}/{x}/{y}`],
      minzoom: 0,
      maxzoom: BASEMAP_MAX_ZOOM,
      promoteId: { [BASEMAP_LAYERS.countries]: 'iso' },
      // City names and places are GeoNames' (CC BY 4.0); MapView credits Natural Earth.
      attribution: 'GeoNames',
    },
    [PROVINCE_SOURCES.areas]: {
      type: 'geojson',
      data: file('basemap/provinces-sy.json'),
      promoteId: 'iso',
    },
    [PROVINCE_SOURCES.lines]: { type: 'geojson', data: file('basemap/provinces-sy-lines.json') },
  };
}

const featureFlag = (name: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', name],
  false,
];

/** Land, water and borders, drawn under everything else. */
export function basemapGroundLayers(): LayerSpecification[] {
  const tiles = { source: BASEMAP_SOURCE } as const;
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
    {
      id: 'land',
      type: 'fill',
      ...tiles,
      'source-layer': BASEMAP_LAYERS.countries,
      paint: {
        'fill-color': ['case', featureFlag('selected'), COLORS.selectedLand, COLORS.land],
        'fill-outline-color': ['case', featureFlag('selected'), COLORS.highlight, COLORS.land],
      },
    },
    {
      id: 'rivers',
      type: 'line',
      ...tiles,
      'source-layer': BASEMAP_LAYERS.rivers,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': COLORS.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 6, 0.9, 10, 1.6],
      },
    },
    {
      // Above the rivers: Natural Earth's river lines run on through the lakes they cross.
      id: 'lakes',
      type: 'fill',
      ...tiles,
      'source-layer': BASEMAP_LAYERS.lakes,
      paint: { 'fill-color': COLORS.sea },
    },
    {
      id: 'borders',
      type: 'line',
      ...tiles,
      'source-layer': BASEMAP_LAYERS.borders,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': COLORS.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 8, 1.4],
      },
    },
    {
      id: PROVINCE_LAYERS.areas,
      type: 'fill',
      source: PROVINCE_SOURCES.areas,
      paint: {
        'fill-color': COLORS.highlight,
        'fill-opacity': ['case', featureFlag('selected'), 0.16, featureFlag('active'), 0.07, 0],
      },
    },
    {
      id: PROVINCE_LAYERS.lines,
      type: 'line',
      source: PROVINCE_SOURCES.lines,
      minzoom: 4.5,
      paint: { 'line-color': COLORS.province, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    {
      id: PROVINCE_LAYERS.outline,
      type: 'line',
      source: PROVINCE_SOURCES.areas,
      paint: {
        'line-color': COLORS.highlight,
        'line-width': ['case', featureFlag('selected'), 2.5, 1.2],
        'line-opacity': ['case', featureFlag('selected'), 1, featureFlag('active'), 0.8, 0],
      },
    },
  ];
}

/** By rank: 1 is the most important (largest cities and capitals, largest countries). */
const byRank = (sizes: number[]): ExpressionSpecification =>
  ['match', ['get', 'rank'], ...sizes.flatMap((size, i) => [i + 1, size]), sizes.at(-1)!] as never;

/**
 * Basemap labels. `hide` names places the app labels itself (its own labels sit above these and
 * do not take part in collision), so the same city is never named twice. Labels never overlap
 * one another: more important ones are placed first and the rest give way.
 */
export function basemapLabelLayers(options: {
  lang: Lang;
  /** Regular weight for every basemap label: bold is how the app marks its own places. */
  font: string;
  hide: { de: readonly string[]; en: readonly string[] };
}): LayerSpecification[] {
  const { lang, font, hide } = options;
  const notHidden: FilterSpecification = [
    'all',
    ['!', ['in', ['get', 'name_de'], ['literal', hide.de]]],
    ['!', ['in', ['get', 'name_en'], ['literal', hide.en]]],
  ];
  const text = {
    'text-field': basemapNameField(lang),
    'text-max-width': 8,
    'symbol-sort-key': ['get', 'rank'] as ExpressionSpecification,
  };
  const [waterLabels, cityLabels, countryLabels] = BASEMAP_LABEL_LAYERS;
  return [
    {
      id: waterLabels,
      type: 'symbol',
      source: BASEMAP_SOURCE,
      'source-layer': BASEMAP_LAYERS.waterLabels,
      layout: {
        ...text,
        'text-font': ['literal', [font]],
        'text-size': byRank([13, 12, 11.5, 11, 10.5]),
        'text-letter-spacing': 0.1,
      },
      paint: { 'text-color': COLORS.water, 'text-halo-color': COLORS.sea, 'text-halo-width': 1 },
    },
    {
      id: cityLabels,
      type: 'symbol',
      source: BASEMAP_SOURCE,
      'source-layer': BASEMAP_LAYERS.cities,
      filter: notHidden,
      layout: {
        ...text,
        'text-font': ['literal', [font]],
        'text-size': byRank([13.5, 13, 12.5, 12, 11.5, 11, 10.5]),
        'text-padding': 3,
      },
      paint: {
        'text-color': ['case', ['has', 'capital'], COLORS.capital, COLORS.city],
        'text-halo-color': COLORS.halo,
        'text-halo-width': 1.4,
      },
    },
    {
      id: countryLabels,
      type: 'symbol',
      source: BASEMAP_SOURCE,
      'source-layer': BASEMAP_LAYERS.countryLabels,
      filter: notHidden,
      layout: {
        ...text,
        'text-font': ['literal', [font]],
        'text-size': byRank([13, 12, 11, 10.5, 10]),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
      },
      paint: {
        'text-color': COLORS.country,
        'text-halo-color': COLORS.halo,
        'text-halo-width': 1.2,
      },
    },
  ];
}
