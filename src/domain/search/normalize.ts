/**
 * Text as search compares it, for German and English: lowercase, without diacritics ("Türkei"
 * and "Turkei", "Dābiq" and "Dabiq" are one word), ß as ss, split into words of letters and
 * digits in any script ("Sotschi-Abkommen" is two words, "حلب" one).
 */

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** Lowercase, diacritics folded, ß → ss. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss');
}

/** The words of a text, folded. */
export function tokenize(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/**
 * The German "tsch" is the English "ch" in transliterated names (Sotschi/Sochi,
 * Tschetschenien/Chechnya): a word with it is also found by the other spelling.
 */
export function spellingVariant(word: string): string | null {
  return word.includes('tsch') ? word.replace(/tsch/g, 'ch') : null;
}

/** Shorter stems are too unlike the word ("Iran" is not "Ira" + n). */
const MIN_STEM = 4;

/**
 * What a typed word may stand for: itself, its spelling variant, and its stem without a German
 * inflection ending (genitive -s/-es, plural or weak -n/-en: "Aleppos" → "aleppo", "Moskaus" →
 * "moskau", "Kurden" → "kurd"); "ue", "oe", "ae" as typed for ü, ö, ä ("Tuerkei" → "turkei").
 * Only the query is stemmed: the stem matches the indexed word as an exact word or a prefix.
 */
export function queryForms(word: string): string[] {
  const forms = new Set<string>([word]);
  const variant = spellingVariant(word);
  if (variant) forms.add(variant);
  const umlauts = word.replace(/([aou])e/g, '$1');
  if (umlauts !== word && umlauts.length >= MIN_STEM) forms.add(umlauts);
  for (const form of [...forms]) {
    for (const ending of ['es', 'en', 's', 'n']) {
      if (form.endsWith(ending) && form.length - ending.length >= MIN_STEM) {
        forms.add(form.slice(0, -ending.length));
        break;
      }
    }
  }
  return [...forms];
}
