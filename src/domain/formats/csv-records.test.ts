import { describe, expect, it } from 'vitest';
import { createCsvRecordReader, type CsvNewline } from './csv-records';

function readInPieces(text: string, cuts: number[], newline: CsvNewline = '\n'): string[][] {
  const reader = createCsvRecordReader(',', newline);
  const records: string[][] = [];
  let at = 0;
  for (const cut of [...cuts, text.length]) {
    records.push(...reader.push(text.slice(at, cut)));
    at = cut;
  }
  records.push(...reader.end());
  return records;
}

const TRICKY =
  '\uFEFFid,note,n\r\n' +
  '1,"two\r\nlines, and ""quotes""",3\r\n' +
  '2,plain,4\r\n' +
  '3,"ends in a quote""",5\r\n' +
  '4,"Umlaute: äöü ß, Arabic: حلب",6';

const EXPECTED = [
  ['id', 'note', 'n'],
  ['1', 'two\r\nlines, and "quotes"', '3'],
  ['2', 'plain', '4'],
  ['3', 'ends in a quote"', '5'],
  ['4', 'Umlaute: äöü ß, Arabic: حلب', '6'],
];

describe('createCsvRecordReader', () => {
  it('reads quoted fields with line breaks, commas and quotes, and drops the BOM', () => {
    expect(readInPieces(TRICKY, [])).toEqual(EXPECTED);
  });

  it('gives the same records wherever the text is cut, at one or two places', () => {
    for (let cut = 0; cut <= TRICKY.length; cut++) {
      expect(readInPieces(TRICKY, [cut]), `cut at ${cut}`).toEqual(EXPECTED);
    }
    for (let first = 0; first <= TRICKY.length; first += 3) {
      for (let second = first; second <= TRICKY.length; second += 5) {
        expect(readInPieces(TRICKY, [first, second])).toEqual(EXPECTED);
      }
    }
  });

  it('reads LF, CRLF and a mix of both with the same newline setting, a last line end or not', () => {
    expect(readInPieces('a,b\nc,d\r\ne,f\n', [])).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
    expect(readInPieces('a,b\r\nc,d', [4])).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reads old Mac files with CR line ends', () => {
    expect(readInPieces('a,b\rc,"d\re"\r', [5], '\r')).toEqual([
      ['a', 'b'],
      ['c', 'd\re'],
    ]);
  });

  it('waits with a long quoted field until its text has doubled, not on every piece', () => {
    const reader = createCsvRecordReader(',', '\n');
    expect(reader.push('a\n"' + 'x'.repeat(1000))).toEqual([['a']]);
    expect(reader.pendingChars).toBe(1001);
    // Still open: the next pieces are only collected until the pending text has doubled.
    expect(reader.push('y'.repeat(500))).toEqual([]);
    expect(reader.push('z"\nb\n')).toEqual([]);
    expect(reader.push('w'.repeat(600))).toEqual([
      ['x'.repeat(1000) + 'y'.repeat(500) + 'z'],
      ['b'],
    ]);
    expect(reader.end()).toEqual([['w'.repeat(600)]]);
  });

  it('reports a quoted field left open at the end, with the rest of the text in it', () => {
    const reader = createCsvRecordReader(',', '\n');
    expect(reader.push('a,b\n1,"open\n2,3\n')).toEqual([['a', 'b']]);
    expect(reader.unclosedQuote).toBe(false);
    expect(reader.end()).toEqual([['1', 'open\n2,3\n']]);
    expect(reader.unclosedQuote).toBe(true);
  });
});
