// Capitalised German words (nouns, or any word at the start of a sentence) that are also the
// name of some town in the gazetteer. A German text almost never means the town, so these keys
// are never matched. Keys are as nameKey() makes them.
// prettier-ignore
export const PLACE_STOP_WORDS: ReadonlySet<string> = new Set([
  'mut', // Mut, Mersin province (TR)
  'hit', // Hīt, Anbar (IQ)
  'ende', 'lage', 'essen', 'halle', 'hof', 'mark', 'bergen', 'tal', 'bad', 'see', 'born', 'weil',
  'van', // Van (TR); "van" in Dutch names ("van Gogh") is capitalised at a sentence start
  'batman', // Batman (TR), a film character in German texts as often as the city
  'side', 'bar', 'kale', 'tut', 'tat', 'amt', 'ana', 'elf', 'man', 'bor', 'gas', 'ort',
  'dana', // Ad Dānā (SY); more often a first name
  'bala', 'gol', 'ulus', 'sur', 'male', 'sale', 'kula', 'soma', 'can', 'natal', 'tire',
  'dinar', // Dinar (TR); the currency, a capitalised noun
]);
