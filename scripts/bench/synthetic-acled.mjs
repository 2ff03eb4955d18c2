/**
 * A seeded generator of ACLED-shaped CSV files for the bench: invented rows (ACLED's terms
 * forbid redistributing its data) spread over Syria, southern Turkey, northern Iraq and a few
 * Russian cities, 2016-01-01..2020-12-31, with ACLED's mix of precisions and a Zipf-like skew
 * of events over a realistic number of distinct locations. The same size and seed always give
 * the same bytes. `node scripts/bench/synthetic-acled.mjs 10000 out.csv` writes one by hand.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** mulberry32: a small, fast 32-bit PRNG. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Distinct locations for a number of events, roughly as ACLED's Syria data grows. */
export function locationCountFor(events) {
  if (events <= 1_000) return 300;
  if (events <= 10_000) return 2_000;
  return 5_000;
}

const REGIONS = [
  // share of locations, ISO numeric, country, lat range, lon range, admin1 names
  {
    share: 0.62,
    iso: '760',
    country: 'Syria',
    lat: [32.6, 37.1],
    lon: [35.8, 42.0],
    admin1: ['Aleppo', 'Idleb', 'Hama', 'Homs', 'Damascus', 'Rural Damascus', 'Deir ez-Zor'],
  },
  {
    share: 0.16,
    iso: '792',
    country: 'Turkey',
    lat: [36.6, 38.2],
    lon: [35.5, 43.5],
    admin1: ['Hatay', 'Gaziantep', 'Kilis', 'Sanliurfa', 'Mardin', 'Sirnak'],
  },
  {
    share: 0.17,
    iso: '368',
    country: 'Iraq',
    lat: [34.8, 37.2],
    lon: [41.5, 45.8],
    admin1: ['Ninewa', 'Erbil', 'Duhok', 'Kirkuk', 'Sulaymaniyah'],
  },
];
const RUSSIAN_CITIES = [
  ['Moscow', 55.7558, 37.6173],
  ['Saint Petersburg', 59.9343, 30.3351],
  ['Rostov-on-Don', 47.2357, 39.7015],
  ['Grozny', 43.3178, 45.6949],
  ['Makhachkala', 42.9849, 47.5047],
  ['Krasnodar', 45.0355, 38.9753],
];
const RUSSIA_SHARE = 0.05;

const TYPES = [
  ['Battles', 'Armed clash', 'Political violence'],
  ['Battles', 'Government regains territory', 'Political violence'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack', 'Political violence'],
  ['Explosions/Remote violence', 'Air/drone strike', 'Political violence'],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED', 'Political violence'],
  ['Violence against civilians', 'Attack', 'Political violence'],
  ['Strategic developments', 'Agreement', 'Strategic developments'],
  ['Strategic developments', 'Arrests', 'Strategic developments'],
  ['Protests', 'Peaceful protest', 'Demonstrations'],
  ['Riots', 'Violent demonstration', 'Demonstrations'],
];
const ACTORS = [
  'Military Forces of Syria (2000-2024)',
  'Opposition Rebels (Syria)',
  'Islamic State (Syria)',
  'Hayat Tahrir al-Sham',
  'Military Forces of Russia (2000-)',
  'Military Forces of Turkey (2016-)',
  'SDF: Syrian Democratic Forces',
  'Military Forces of Iraq (2014-)',
  'Protesters (Russia)',
  'Civilians (Syria)',
];
const SOURCES = ['SOHR', 'Local Coordination Committees', 'Anadolu Agency', 'Rudaw', 'Kommersant'];

const FIRST_DAY = Date.UTC(2016, 0, 1);
const DAYS = (Date.UTC(2020, 11, 31) - FIRST_DAY) / 86_400_000 + 1;

export const HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,' +
  'actor1,assoc_actor_1,actor2,assoc_actor_2,iso,country,admin1,admin2,admin3,location,' +
  'latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp';

const round4 = (value) => Math.round(value * 1e4) / 1e4;

function makeLocations(count, next) {
  const pick = (items) => items[Math.floor(next() * items.length)];
  const between = ([low, high]) => low + next() * (high - low);
  return Array.from({ length: count }, (_, n) => {
    const draw = next();
    if (draw < RUSSIA_SHARE) {
      const [city, lat, lon] = pick(RUSSIAN_CITIES);
      // A district of the city, a few kilometres around its centre.
      return {
        iso: '643',
        country: 'Russia',
        admin: [city, `${city} District ${n % 12}`, ''],
        name: `${city} – site ${n}`,
        lat: round4(lat + (next() - 0.5) * 0.2),
        lon: round4(lon + (next() - 0.5) * 0.3),
      };
    }
    let at = RUSSIA_SHARE;
    const region =
      REGIONS.find((candidate) => (at += candidate.share) > draw) ?? REGIONS[REGIONS.length - 1];
    return {
      iso: region.iso,
      country: region.country,
      admin: [pick(region.admin1), `District ${n % 61}`, `Subdistrict ${n % 271}`],
      name: `${region.country} place ${n}`,
      lat: round4(between(region.lat)),
      lon: round4(between(region.lon)),
    };
  });
}

/** Cumulative Zipf weights (s = 1) over locations, in a shuffled order of ranks. */
function zipfSampler(count, next) {
  const cumulative = new Float64Array(count);
  let total = 0;
  for (let rank = 0; rank < count; rank++) cumulative[rank] = total += 1 / (rank + 1);
  const order = Array.from({ length: count }, (_, n) => n);
  for (let n = count - 1; n > 0; n--) {
    const other = Math.floor(next() * (n + 1));
    [order[n], order[other]] = [order[other], order[n]];
  }
  return () => {
    const target = next() * total;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < target) low = mid + 1;
      else high = mid;
    }
    return order[low];
  };
}

const quote = (text) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

const DAY_MS = 86_400_000;

/**
 * Yields the CSV's lines (header first) for `rows` events; `onEvent(lon, lat, start, end)` also
 * hears each event as the app will read it (days since 1970, ACLED's week = the day ± 3, month =
 * the whole month), for the bench's plain-GeoJSON comparison.
 */
export function* acledLines(rows, seed = 20_160_101, onEvent = () => {}) {
  const next = mulberry32(seed);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const locations = makeLocations(locationCountFor(rows), next);
  const location = zipfSampler(locations.length, next);
  yield HEADER;
  for (let n = 0; n < rows; n++) {
    const place = locations[location()];
    const timeDraw = next();
    const timePrecision = timeDraw < 0.8 ? 1 : timeDraw < 0.95 ? 2 : 3;
    const geoDraw = next();
    const geoPrecision = geoDraw < 0.7 ? 1 : geoDraw < 0.9 ? 2 : 3;
    const date = new Date(FIRST_DAY + Math.floor(next() * DAYS) * 86_400_000);
    // Month precision is coded to the middle of the month, as ACLED does.
    if (timePrecision === 3) date.setUTCDate(15);
    const iso = date.toISOString().slice(0, 10);
    const day = Math.floor(date.getTime() / DAY_MS);
    if (timePrecision === 1) onEvent(place.lon, place.lat, day, day);
    else if (timePrecision === 2) onEvent(place.lon, place.lat, day - 3, day + 3);
    else {
      const first = day - 14;
      const last = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0) / DAY_MS;
      onEvent(place.lon, place.lat, first, last);
    }
    const [type, sub, disorder] = pick(TYPES);
    const actor1 = pick(ACTORS);
    const actor2 = next() < 0.6 ? pick(ACTORS) : '';
    const fatalities = next() < 0.6 ? 0 : Math.floor(next() * 25);
    const notes =
      `On ${iso}, ${actor1}${actor2 ? ` and ${actor2}` : ''} were reported near ${place.name} ` +
      `(${type.toLowerCase()}, "${sub}"). ${fatalities} fatalities.`;
    yield [
      `${place.iso === '643' ? 'RUS' : place.country.slice(0, 3).toUpperCase()}${n + 1}`,
      iso,
      iso.slice(0, 4),
      timePrecision,
      disorder,
      type,
      sub,
      quote(actor1),
      next() < 0.2 ? quote(`${pick(ACTORS)}; ${pick(ACTORS)}`) : '',
      quote(actor2),
      '',
      place.iso,
      place.country,
      quote(place.admin[0]),
      quote(place.admin[1]),
      quote(place.admin[2]),
      quote(place.name),
      place.lat.toFixed(4),
      place.lon.toFixed(4),
      geoPrecision,
      quote(pick(SOURCES)),
      next() < 0.5 ? 'National' : 'Subnational',
      quote(notes),
      fatalities,
      1_600_000_000 + n,
    ].join(',');
  }
}

/**
 * Writes the CSV for `rows` events to `path`; resolves, when it is on disk, to the events as
 * columns: { lon, lat, start, end } (Float64Array/Int32Array).
 */
export async function writeAcledCsv(path, rows, seed) {
  const events = {
    lon: new Float64Array(rows),
    lat: new Float64Array(rows),
    start: new Int32Array(rows),
    end: new Int32Array(rows),
  };
  let at = 0;
  const out = createWriteStream(path);
  let buffer = '';
  const collect = (lon, lat, start, end) => {
    events.lon[at] = lon;
    events.lat[at] = lat;
    events.start[at] = start;
    events.end[at] = end;
    at++;
  };
  for (const line of acledLines(rows, seed, collect)) {
    buffer += `${line}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return events;
}

if (process.argv[1] === import.meta.filename) {
  const [rows = '1000', path = `acled-${rows}.csv`] = process.argv.slice(2);
  await writeAcledCsv(path, Number(rows));
  console.log(`Wrote ${path}`);
}
