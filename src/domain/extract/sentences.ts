// Sentences of a German news text as ranges into it. A full stop ends a sentence only before a
// capital or an opening quote, and not after a number ("am 30. Dezember") or a common
// abbreviation ("u. a.", "Dr."); a line break always ends one (headlines carry no full stop).
import type { TextRange } from './proposal';

const ABBREVIATIONS = new Set([
  'dr',
  'prof',
  'st',
  'nr',
  'bzw',
  'ca',
  'vgl',
  'z',
  'b',
  'u',
  'a',
  'd',
  'h',
  'v',
  'mio',
  'mrd',
  'jan',
  'feb',
  'febr',
  'apr',
  'aug',
  'sept',
  'okt',
  'nov',
  'dez',
  'usw',
  'etc',
  'inkl',
  'evtl',
  'gen',
  'abg',
  'min',
  'bzw',
  'sog',
  'ggf',
  'dt',
  'engl',
  'frz',
  'präs',
]);

const BREAK = /([.!?…]["“”»«]?)(?=\s+["„“»«(]?[\p{Lu}\d])|\n/gu;

export function splitSentences(text: string): TextRange[] {
  const sentences: TextRange[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ start: start + lead, end: start + lead + trimmed.length });
  };
  for (const match of text.matchAll(BREAK)) {
    if (match[0] !== '\n') {
      const before = /([\p{L}\d]+)$/u.exec(
        text.slice(Math.max(start, match.index - 12), match.index),
      );
      const word = before?.[1] ?? '';
      if (/^\d+$/.test(word) && match[1] === '.') continue;
      if (match[1] === '.' && ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    const end = match.index + match[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}
