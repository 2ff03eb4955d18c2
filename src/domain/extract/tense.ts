import type { Tense } from './types';

/*
 * Tense from the verbs around an expression: German news marks the future with modal and
 * auxiliary verbs ("soll", "wird", "wollen") and the past with auxiliaries and a few reporting
 * verbs. The cue nearest to the expression in its sentence wins, so "sagte, er wolle am
 * Donnerstag reisen" reads as future.
 */
const FUTURE =
  /(?<![\p{L}])(soll|sollen|solle|sollte|sollten|wird|werden|werde|will|wollen|wolle|plant|planen|geplant|vorgesehen|bevorstehend\p{L}*|kündigt|kündigte|kündigten|angekündigt)(?![\p{L}])/giu;
const PAST =
  /(?<![\p{L}])(hatte|hatten|hat|war|waren|wurde|wurden|worden|gewesen|sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|berichteten|meldete|meldeten|griff|griffen|kam|kamen|starb|starben|fiel|fielen|begann|begannen|traf|trafen|verließ|verließen|eroberte|eroberten|getötet|verletzt)(?![\p{L}])/giu;

/**
 * German news states a scheduled event in the present ("kommen am Donnerstag zusammen", "reist
 * am Freitag nach Moskau"): with a time expression these verbs read as future. Lower case only,
 * so the noun "Treffen" is no cue.
 */
const SCHEDULED =
  /(?<![\p{L}])(kommt|kommen|trifft|treffen|reist|reisen|fliegt|fliegen|beginnt|beginnen|findet|finden|berät|beraten|tagt|tagen|empfängt|empfangen|besucht|besuchen)(?![\p{L}])/gu;

/** A full stop ends a sentence unless it follows a digit ("30. Dezember"). */
const SENTENCE_END = /(?<!\d)[.!?](?=\s+[\p{Lu}„"])/gu;

export function sentenceAround(text: string, offset: number, endOffset: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match.index < offset) start = match.index + 1;
    else if (match.index >= endOffset) {
      end = match.index + 1;
      break;
    }
  }
  return [start, end];
}

export function tenseAround(text: string, offset: number, endOffset: number): Tense {
  const [start, end] = sentenceAround(text, offset, endOffset);
  const sentence = text.slice(start, end);
  let best: Tense = 'unknown';
  let bestDistance = Infinity;
  for (const [pattern, tense] of [
    [FUTURE, 'future'],
    [SCHEDULED, 'future'],
    [PAST, 'past'],
  ] as const) {
    for (const match of sentence.matchAll(pattern)) {
      const at = start + match.index;
      const distance = at < offset ? offset - at : at - endOffset;
      if (distance >= 0 && distance < bestDistance) {
        bestDistance = distance;
        best = tense;
      }
    }
  }
  return best;
}
