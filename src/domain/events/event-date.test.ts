import { describe, expect, it } from 'vitest';
import type { Article } from '../data/schema';
import { describePublication, describeEventDate } from './event-date';
import { testEvent } from './test-event';
import { curatedEvent } from './curated';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('describeEventDate', () => {
  it('says a dated event at its precision', () => {
    const event = curatedEvent(testEvent('a', '2016-10-21', '2016-10-31'));
    expect(plain(describeEventDate(event, 'de'))).toBe('Ende Oktober 2016');
  });

  it('says an open interval in the text’s own words, never by its envelope', () => {
    const event = curatedEvent(
      testEvent('b', '2016-12-16', '2017-01-14', {
        date: {
          start: '2016-12-16',
          end: '2017-01-14',
          precision: 'month',
          vague: 'end',
          words: { de: 'bald nach dem 16. Dezember 2016', en: 'soon after 16 December 2016' },
        },
      }),
    );
    expect(describeEventDate(event, 'de')).toBe('bald nach dem 16. Dezember 2016');
    expect(describeEventDate(event, 'en')).toBe('soon after 16 December 2016');
  });
});

describe('describePublication', () => {
  const article = (published: string, publishedEnd?: string): Article => ({
    id: 'x',
    title: 'T',
    published,
    ...(publishedEnd ? { publishedEnd } : {}),
    publishedPrecision: publishedEnd ? 'days' : 'day',
    language: 'de',
    note: 'n',
  });

  it('gives a range when the article is dated only to a few days', () => {
    expect(plain(describePublication(article('2020-02-11', '2020-02-12'), 'de'))).toBe(
      '11.–12. Februar 2020',
    );
    expect(plain(describePublication(article('2020-03-02'), 'en'))).toBe('2 March 2020');
  });
});
