import { describe, expect, it } from 'vitest';
import { formatIsoDay } from '../time/days';
import { looksGerman, suggestPublished } from './article-facts';

const suggested = (text: string) => {
  const day = suggestPublished(text);
  return day === null ? null : formatIsoDay(day);
};

describe('suggestPublished', () => {
  it('takes a full date at the top as the dateline', () => {
    expect(suggested('Damaskus, 7.10.2016 – Die Armee meldete am 3. Oktober 2016 Erfolge.')).toBe(
      '2016-10-07',
    );
  });

  it('else takes the latest full date the text names', () => {
    const filler = 'Die Kämpfe gingen weiter. '.repeat(15);
    expect(suggested(`${filler}Am 3. März 2020 und am 5. März 2020 trafen sie sich.`)).toBe(
      '2020-03-05',
    );
  });

  it('suggests nothing from weekdays or dates without a year', () => {
    expect(suggested('Am Montag, dem 30. Dezember, griffen sie an.')).toBeNull();
  });
});

describe('looksGerman', () => {
  it('tells German news from English and from too little text', () => {
    expect(
      looksGerman(
        'Die türkische Armee hat am Sonntag bei Angriffen in der Provinz Idlib Soldaten getötet.',
      ),
    ).toBe(true);
    expect(
      looksGerman('The Turkish army killed soldiers in Idlib province on Sunday, officials said.'),
    ).toBe(false);
    expect(looksGerman('Idlib Sarakib Aleppo')).toBe(false);
  });
});
