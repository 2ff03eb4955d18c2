import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence at a full stop before a capital, not after an ordinal', () => {
    expect(texts('Am 30. Dezember trat sie in Kraft. Die Türkei bestätigte das.')).toEqual([
      'Am 30. Dezember trat sie in Kraft.',
      'Die Türkei bestätigte das.',
    ]);
  });

  it('keeps abbreviations inside the sentence and treats a line as a sentence', () => {
    expect(
      texts('Russland u. a. Staaten kamen. Dr. Peskow sprach.\nÜberschrift ohne Punkt\nText.'),
    ).toEqual([
      'Russland u. a. Staaten kamen.',
      'Dr. Peskow sprach.',
      'Überschrift ohne Punkt',
      'Text.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(texts('Er sagte: „Wir bleiben.“ Dann ging er.')).toEqual([
      'Er sagte: „Wir bleiben.“',
      'Dann ging er.',
    ]);
  });
});
