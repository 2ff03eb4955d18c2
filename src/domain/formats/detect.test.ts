import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect';
import { ACLED_HEADER, acledRow, csvOf, UCDP_HEADER, ucdpRow } from './test-csv';

const ACLED = csvOf(ACLED_HEADER, [acledRow()]);

function error(head: string) {
  const detected = detectFormat(head);
  if (!('error' in detected)) throw new Error(`detected ${JSON.stringify(detected)}`);
  return detected.error;
}

describe('detectFormat', () => {
  it('recognises ACLED and UCDP GED CSV by their required columns', () => {
    expect(detectFormat(ACLED)).toEqual({ format: 'acled', delimiter: ',', newline: '\n' });
    expect(detectFormat(csvOf(UCDP_HEADER, [ucdpRow()]))).toEqual({
      format: 'ucdp',
      delimiter: ',',
      newline: '\n',
    });
  });

  it('finds semicolons, tabs and pipes as delimiters', () => {
    for (const delimiter of [';', '\t', '|']) {
      const text = csvOf(ACLED_HEADER, [acledRow()], { delimiter });
      expect(detectFormat(text), JSON.stringify(delimiter)).toMatchObject({ delimiter });
    }
  });

  it('reads past a byte order mark, CRLF line ends, quoted names and odd case', () => {
    const header = ACLED_HEADER.map((name) => `"${name.toUpperCase()}"`).join(';');
    expect(detectFormat(`\uFEFF${header}\r\nSYR1;…\r\n`)).toEqual({
      format: 'acled',
      delimiter: ';',
      newline: '\n',
    });
  });

  it('takes a lone CR as the line end of an old Mac file', () => {
    expect(detectFormat(ACLED.replace(/\n/g, '\r'))).toMatchObject({ newline: '\r' });
  });

  it('detects a header split by an unusual one-character separator', () => {
    expect(detectFormat(csvOf(ACLED_HEADER, [], { delimiter: ':' }))).toEqual({
      format: 'acled',
      delimiter: ':',
      newline: '\n',
    });
  });

  it('explains a header whose names cannot be split into columns', () => {
    const spaced = error(`${ACLED_HEADER.join(' ')}\n`);
    expect(spaced.en).toContain('names the ACLED CSV columns, but they cannot be split');
    expect(spaced.de).toContain('lassen sich nicht trennen');
    const quotedWhole = error(`"${ACLED_HEADER.join(',')}"\n`);
    expect(quotedWhole.en).toContain('cannot be split');
    expect(quotedWhole.en).not.toContain('separator ","');
  });

  it('names the missing columns when a header is close to a format', () => {
    const header = ACLED_HEADER.filter(
      (name) => name !== 'time_precision' && name !== 'geo_precision',
    );
    expect(error(`${header.join(';')}\n`)).toEqual({
      de: 'Die Datei sieht nach ACLED CSV aus, aber ihr fehlen Pflichtspalten: time_precision, geo_precision.',
      en: 'The file looks like ACLED CSV, but required columns are missing: time_precision, geo_precision.',
    });
    expect(error('id,date_start,latitude,longitude\n1,2016-01-01,1,2\n').en).toBe(
      'The file looks like UCDP GED CSV, but required columns are missing: date_end, date_prec, where_prec, type_of_violence.',
    );
  });

  it('lists what each format needs for a CSV of other columns', () => {
    const message = error('name,lat,lon\nAleppo,36.2,37.1\n');
    expect(message.en).toMatch(/^The CSV file has neither the columns of ACLED \(event_id_cnty, /);
    expect(message.en).toContain('nor those of UCDP GED (id, date_start');
    expect(message.de).toMatch(/^Die CSV-Datei hat weder die Spalten von ACLED/);
  });

  it('says so for an empty file, also one of only blanks or a byte order mark', () => {
    for (const head of ['', '\uFEFF', '  \n\r\n\t']) {
      expect(error(head).en).toMatch(/^The file is empty\./);
    }
    expect(error('').de).toMatch(/^Die Datei ist leer\./);
  });

  it('rejects binary files such as a PNG', () => {
    const png = String.fromCharCode(
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      0x0d,
      0x49,
      0x48,
      0x44,
      0x52,
    );
    expect(error(png).en).toMatch(/^The file is not a text file\./);
  });

  it('rejects prose', () => {
    const prose =
      'Am Donnerstag meldeten Aktivisten heftige Kämpfe in Aleppo. Die Lage bleibt unklar, hieß es.\n' +
      'Mehr dazu morgen.\n';
    expect(error(prose)).toEqual({
      de: 'Die Datei ist weder CSV noch GeoJSON. Importiert werden können ACLED-CSV, UCDP-GED-CSV und GeoJSON (FeatureCollection).',
      en: 'The file is neither CSV nor GeoJSON. ACLED CSV, UCDP GED CSV and GeoJSON (a FeatureCollection) can be imported.',
    });
    expect(error('hello').en).toMatch(/^The file is neither CSV nor GeoJSON/);
  });

  it('hands anything that starts like JSON to the GeoJSON importer', () => {
    expect(detectFormat('\uFEFF  {"type": "FeatureCollection"')).toEqual({ format: 'geojson' });
    expect(detectFormat('[1, 2]')).toEqual({ format: 'geojson' });
  });
});
