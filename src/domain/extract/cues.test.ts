import { describe, expect, it } from 'vitest';
import { findActors, guessCategory } from './cues';

describe('guessCategory', () => {
  it.each([
    ['Regierungstruppen eroberten die Stadt Sarakib.', 'territorial-change'],
    ['Russische Kampfjets bombardierten Idlib.', 'remote-violence'],
    ['Bei Luftangriffen wurden Zivilisten getötet.', 'remote-violence'],
    ['Tausende Menschen flohen in Richtung Grenze.', 'displacement'],
    ['Rebellen und Regierungstruppen lieferten sich heftige Gefechte.', 'battle'],
    ['Putin und Erdoğan vereinbarten eine Waffenruhe.', 'diplomacy'],
    ['Die Türkei verlegte weitere Einheiten an die Grenze.', 'strategic-development'],
    ['In Istanbul demonstrierten Hunderte.', 'protest'],
    ['De Mistura will am Dienstag in Genf mit den drei Staaten beraten.', 'diplomacy'],
    [
      'Ankara will bis zum 15. Oktober eine entmilitarisierte Zone durchsetzen.',
      'strategic-development',
    ],
    ['Türkische Soldaten rückten bis auf wenige Kilometer an das Dorf vor.', 'territorial-change'],
    ['Seit Monaten fliegen Russland und Syrien Angriffe auf Idlib.', 'remote-violence'],
    ['Beim Angriff auf eine Schule wurden 22 Kinder getötet.', 'violence-against-civilians'],
  ])('reads %j as %s', (sentence, category) => {
    expect(guessCategory(sentence)).toBe(category);
  });

  it('finds no event in comment or description', () => {
    expect(guessCategory('Die Lage ist unübersichtlich.')).toBeNull();
    expect(guessCategory('"Das ist alles, was wir noch haben", hieß es.')).toBeNull();
  });
});

describe('findActors', () => {
  it('names our curated actors by the words German news uses for them', () => {
    expect(findActors('Der Kreml und Ankara warfen Assads Truppen Angriffe vor.')).toEqual([
      'syria-government',
      'russia',
      'turkey',
    ]);
    expect(
      findActors('Die Vereinten Nationen und die USA forderten ein Ende der IS-Angriffe.'),
    ).toEqual(['islamic-state', 'us', 'un']);
  });

  it('does not read "is" or "uns" as actors', () => {
    expect(findActors('Das ist für uns alles, sagte er.')).toEqual([]);
  });
});
