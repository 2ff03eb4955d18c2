import { describe, expect, it } from 'vitest';
import { MAX_RECORD_CHARS, startCsvImport } from './csv-import';
import acledBadRows from './fixtures/acled-bad-rows.csv?raw';
import acledSyria from './fixtures/acled-syria.csv?raw';
import { ACLED_HEADER, acledRow, csvOf, importCsvText, type WholeImport } from './test-csv';

function imported(result: WholeImport) {
  if ('error' in result) throw new Error(result.error.en);
  return result;
}

function failed(result: WholeImport) {
  if (!('error' in result)) throw new Error('imported');
  return result.error;
}

/** How a German Excel saves the file: BOM, CRLF, semicolons, decimal commas, dd.mm.yyyy. */
function asGermanExcel(rows: Record<string, string>[]): string {
  const german = rows.map((row) => ({
    ...row,
    latitude: row.latitude!.replace('.', ','),
    longitude: row.longitude!.replace('.', ','),
  }));
  return '\uFEFF' + csvOf(ACLED_HEADER, german, { delimiter: ';', newline: '\r\n' });
}

describe('startCsvImport', () => {
  it('reads a semicolon file with BOM, CRLF and decimal commas like a comma file', () => {
    const rows = [
      acledRow({ event_date: '05.10.2016', notes: 'Zwei Zeilen;\r\nmit Semikolon' }),
      acledRow({ event_id_cnty: 'SYR1002', location: 'Ḥalab – Bāb al-Ḥadīd' }),
    ];
    const german = imported(importCsvText(asGermanExcel(rows), 'acled-de'));
    const plain = imported(importCsvText(csvOf(ACLED_HEADER, rows), 'acled-de'));
    expect(german.summary.rejected).toEqual([]);
    expect(german.events).toEqual(plain.events);
    expect(german.places).toEqual(plain.places);
    expect(german.events[0]?.notes).toBe('Zwei Zeilen;\r\nmit Semikolon');
    expect(german.places[1]?.name.en).toBe('Ḥalab – Bāb al-Ḥadīd');
  });

  it('gives the same result however the text is cut into pieces', () => {
    const whole = importCsvText(acledBadRows, 'acled-bad', { chunkSize: 1 << 20 });
    for (const chunkSize of [1, 2, 3, 17, 100, 1000]) {
      expect(importCsvText(acledBadRows, 'acled-bad', { chunkSize }), `${chunkSize}`).toEqual(
        whole,
      );
    }
  });

  it('skips blank lines and rows of empty fields, but counts them as rows', () => {
    const text = csvOf(ACLED_HEADER, [
      acledRow({ event_id_cnty: 'A' }),
      {},
      acledRow({ event_id_cnty: 'B', event_date: 'nonsense' }),
    ]).replace('\nB,', '\n\nB,');
    const result = imported(importCsvText(text));
    expect(result.summary).toMatchObject({ rowsRead: 2, accepted: 1, rejectedCount: 1 });
    // Header 1, A 2, empty fields 3, blank line 4, B 5.
    expect(result.summary.rejected[0]?.row).toBe(5);
  });

  it('tolerates a delimiter after each row, but not extra values', () => {
    const text = csvOf(ACLED_HEADER, [acledRow()]).replace(/\n/g, ',\n');
    expect(imported(importCsvText(text)).summary.accepted).toBe(1);
    const short = csvOf(ACLED_HEADER, [acledRow()]).replace(/,1700000000\n$/, '\n');
    expect(imported(importCsvText(short)).summary.rejected[0]).toEqual({
      row: 2,
      reason: {
        de: 'die Zeile hat 24 Felder, die Kopfzeile 25',
        en: 'the row has 24 fields, the header 25',
      },
    });
  });

  it('fails with one message for an empty file or a header without rows', () => {
    expect(failed(importCsvText('')).en).toMatch(/^The file is empty\./);
    expect(failed(importCsvText(`${ACLED_HEADER.join(',')}\n\n`))).toEqual({
      de: 'Die Datei hat eine Kopfzeile, aber keine Datenzeilen.',
      en: 'The file has a header but no data rows.',
    });
  });

  it('fails naming the missing columns, and yields no events', () => {
    const header = ACLED_HEADER.filter((name) => name !== 'latitude');
    const result = importCsvText(csvOf(header, [acledRow()]));
    expect(Object.keys(result)).toEqual(['error']);
    expect(failed(result).en).toBe(
      'The file looks like ACLED CSV, but required columns are missing: latitude.',
    );
  });

  it('fails for a file that is neither CSV nor GeoJSON', () => {
    const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000';
    expect(failed(importCsvText(png)).en).toMatch(/^The file is not a text file\./);
    expect(failed(importCsvText('Dies ist ein Brief.\nMit freundlichen Grüßen\n')).en).toMatch(
      /^The file is neither CSV nor GeoJSON\./,
    );
  });

  it('lists the first rejections and counts the rest', () => {
    const rows = Array.from({ length: 25 }, (_, n) =>
      acledRow({ event_id_cnty: `X${n}`, fatalities: n % 5 === 0 ? '0' : '-1' }),
    );
    const result = imported(importCsvText(csvOf(ACLED_HEADER, rows), 'x', { rejectedLimit: 7 }));
    expect(result.summary).toMatchObject({ rowsRead: 25, accepted: 5, rejectedCount: 20 });
    expect(result.summary.rejected.map((entry) => entry.row)).toEqual([3, 4, 5, 6, 8, 9, 10]);
  });

  it('stops at a quoted field that never closes, keeping the rows before it', () => {
    const head = csvOf(ACLED_HEADER, [acledRow()]);
    const open = `${head}SYR2,"${'runaway '.repeat(MAX_RECORD_CHARS / 4)}`;
    const result = imported(importCsvText(open, 'x', { chunkSize: 1 << 16 }));
    expect(result.events.map((event) => event.localId)).toEqual(['SYR1001']);
    expect(result.summary.rejected).toEqual([
      {
        row: 3,
        reason: expect.objectContaining({
          en: expect.stringMatching(/^the row is longer than 1000000 characters/),
        }),
      },
    ]);
  });

  it('rejects the last row when the file ends inside a quoted field', () => {
    const text = csvOf(ACLED_HEADER, [acledRow()]) + 'SYR2,"05 October 2016,2016\n';
    const result = imported(importCsvText(text));
    expect(result.summary.rejected).toEqual([
      {
        row: 3,
        reason: {
          de: 'ein Feld in Anführungszeichen wird bis zum Ende der Datei nicht geschlossen',
          en: 'a quoted field is not closed before the end of the file',
        },
      },
    ]);
    expect(result.summary.accepted).toBe(1);
  });

  it('reports progress in rows as they are read', () => {
    const run = startCsvImport({ format: 'acled', delimiter: ',', newline: '\n' }, 'x');
    const lines = acledSyria.split('\n');
    // The header, a row, and the first of the two lines of the next row's note.
    run.push(`${lines.slice(0, 3).join('\n')}\n`);
    expect(run.rowsRead).toBe(1);
    run.push(`${lines.slice(3, 5).join('\n')}\n`);
    expect(run.rowsRead).toBe(3);
  });
});
