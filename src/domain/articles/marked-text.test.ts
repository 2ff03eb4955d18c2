import { describe, expect, it } from 'vitest';
import { markArticle, type Block } from './marked-text';

const textOf = (paragraphs: Block[][]) =>
  paragraphs.map((p) => p.flatMap((b) => b.pieces.map((piece) => piece.text)).join(''));

describe('markArticle', () => {
  const text =
    'Am Montag fiel Sarakib. Danach war Ruhe.\n\nIn Moskau wurde am Dienstag verhandelt.';
  const sentences = [
    { start: 0, end: 23 },
    { start: 24, end: 40 },
    { start: 42, end: 81 },
  ];
  const marks = [
    { start: 0, end: 9, kind: 'time' as const },
    { start: 15, end: 22, kind: 'place' as const },
    { start: 45, end: 51, kind: 'place' as const },
    { start: 58, end: 69, kind: 'time' as const },
  ];

  it('keeps every character of a paragraph once, in order', () => {
    const paragraphs = markArticle(text, sentences, marks);
    expect(textOf(paragraphs)).toEqual([
      'Am Montag fiel Sarakib. Danach war Ruhe.',
      'In Moskau wurde am Dienstag verhandelt.',
    ]);
  });

  it('marks time expressions and places inside their sentences', () => {
    const [first, second] = markArticle(text, sentences, marks);
    expect(first![0]).toEqual({
      sentence: 0,
      pieces: [
        { text: 'Am Montag', mark: 'time', start: 0 },
        { text: ' fiel ', mark: null, start: 9 },
        { text: 'Sarakib', mark: 'place', start: 15 },
        { text: '.', mark: null, start: 22 },
      ],
    });
    expect(first!.map((b) => b.sentence)).toEqual([0, null, 1]);
    expect(second![0]!.pieces.filter((p) => p.mark).map((p) => p.text)).toEqual([
      'Moskau',
      'am Dienstag',
    ]);
  });

  it('leaves out a mark that overlaps an earlier one rather than cutting either', () => {
    const [first] = markArticle(text, sentences, [
      { start: 0, end: 9, kind: 'time' },
      { start: 3, end: 14, kind: 'place' },
    ]);
    expect(first![0]!.pieces.map((p) => p.mark)).toEqual(['time', null]);
  });

  it('splits a sentence that a line break runs through into two paragraphs', () => {
    const paragraphs = markArticle('Erste Zeile\nzweite Zeile.', [{ start: 0, end: 25 }], []);
    expect(paragraphs).toEqual([
      [{ sentence: 0, pieces: [{ text: 'Erste Zeile', mark: null, start: 0 }] }],
      [{ sentence: 0, pieces: [{ text: 'zweite Zeile.', mark: null, start: 12 }] }],
    ]);
  });
});
