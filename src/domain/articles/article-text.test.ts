import { describe, expect, it } from 'vitest';
import { eventsOfArticle, paragraphsOf, segmentArticle, type TextSegment } from './article-text';

const TEXT =
  'Russland hat die Evakuierung für beendet erklärt. Zehntausende warten noch.\n\n' +
  'Bald sollen die Angriffe wieder fortgesetzt werden. Putin schlug Gespräche in Astana vor.';

const event = (id: string, ...sources: [article: string, quote: string][]) => ({
  id,
  sources: sources.map(([article, quote]) => ({ article, quote })),
});

const marked = (segments: TextSegment[]) =>
  segments.flatMap((segment) =>
    segment.kind === 'quote' ? [[segment.text, segment.eventIds] as const] : [],
  );

describe('segmentArticle', () => {
  it('marks each quoted sentence with the events that quote it, and keeps the whole text', () => {
    const segments = segmentArticle(TEXT, 'a', [
      event('evacuation', ['a', 'Russland hat die Evakuierung für beendet erklärt.']),
      event('astana', ['a', 'Putin schlug Gespräche in Astana vor.']),
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(TEXT);
    expect(segments.map((segment) => segment.kind)).toEqual(['quote', 'text', 'quote']);
    expect(marked(segments)).toEqual([
      ['Russland hat die Evakuierung für beendet erklärt.', ['evacuation']],
      ['Putin schlug Gespräche in Astana vor.', ['astana']],
    ]);
  });

  it('names every event that quotes one sentence, in the order the events were given', () => {
    const quote = 'Bald sollen die Angriffe wieder fortgesetzt werden.';
    const segments = segmentArticle(TEXT, 'a', [
      event('first', ['a', quote]),
      event('second', ['b', 'Anderswo.'], ['a', quote]),
    ]);
    expect(marked(segments)).toEqual([[quote, ['first', 'second']]]);
  });

  it('ignores quotes from other articles and quotes the text does not contain', () => {
    const segments = segmentArticle(TEXT, 'a', [
      event('elsewhere', ['b', 'Zehntausende warten noch.']),
      event('missing', ['a', 'Dieser Satz steht nicht im Text.']),
    ]);
    expect(segments).toEqual([{ kind: 'text', text: TEXT }]);
  });

  it('finds a quote whose spaces are line breaks in the text, and the reverse', () => {
    const text = 'Erster Satz. Die Angriffe\nsollen weitergehen. Letzter  Satz.';
    const segments = segmentArticle(text, 'a', [
      event('attacks', ['a', 'Die Angriffe sollen weitergehen.']),
      event('last', ['a', ' Letzter\nSatz. ']),
    ]);
    expect(marked(segments)).toEqual([
      ['Die Angriffe\nsollen weitergehen.', ['attacks']],
      ['Letzter  Satz.', ['last']],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('takes quotes literally, not as patterns', () => {
    const text = 'Wer? (Niemand.) Was...';
    expect(marked(segmentArticle(text, 'a', [event('q', ['a', '(Niemand.)'])]))).toEqual([
      ['(Niemand.)', ['q']],
    ]);
    expect(marked(segmentArticle(text, 'a', [event('dots', ['a', 'W.s'])]))).toEqual([]);
  });

  it('makes overlapping quotes one marked stretch, so no character shows twice', () => {
    const segments = segmentArticle(TEXT, 'a', [
      event('whole', ['a', 'Zehntausende warten noch.']),
      event('part', ['a', 'erklärt. Zehntausende']),
    ]);
    expect(marked(segments)).toEqual([['erklärt. Zehntausende warten noch.', ['whole', 'part']]]);
    expect(segments.map((segment) => segment.text).join('')).toBe(TEXT);
  });

  it('marks a sentence each time the text repeats it', () => {
    const text = 'Ja. Nein. Ja.';
    expect(marked(segmentArticle(text, 'a', [event('yes', ['a', 'Ja.'])]))).toEqual([
      ['Ja.', ['yes']],
      ['Ja.', ['yes']],
    ]);
  });
});

describe('paragraphsOf', () => {
  it('starts a paragraph at each line break, with or without an empty line', () => {
    const text = 'Lesezeit: 1 min\n\nErster Absatz. Zitat.\nZweiter Absatz.\n';
    const paragraphs = paragraphsOf(segmentArticle(text, 'a', [event('q', ['a', 'Zitat.'])]));
    expect(paragraphs).toEqual([
      [{ kind: 'text', text: 'Lesezeit: 1 min' }],
      [
        { kind: 'text', text: 'Erster Absatz. ' },
        { kind: 'quote', text: 'Zitat.', eventIds: ['q'] },
      ],
      [{ kind: 'text', text: 'Zweiter Absatz.' }],
    ]);
  });
});

describe('eventsOfArticle', () => {
  it('keeps the events with a source in the article, in the order given', () => {
    const events = [
      event('one', ['a', 'x']),
      event('two', ['b', 'y']),
      event('three', ['b', 'z'], ['a', 'w']),
    ];
    expect(eventsOfArticle(events, 'a').map((e) => e.id)).toEqual(['one', 'three']);
    expect(eventsOfArticle(events, 'c')).toEqual([]);
  });
});
