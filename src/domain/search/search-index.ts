import { queryForms, spellingVariant, tokenize } from './normalize';

/**
 * An inverted index over events and places, small enough for 100,000 events: each word once,
 * in alphabetical order (a typed prefix is a range of words, found by binary search), with the
 * documents it occurs in as typed arrays. Built once per catalog, then only read.
 */

export type DocKind = 'event' | 'place';

/** A document's text by field; a field may hold several texts (both languages, every quote). */
export interface SearchDoc {
  kind: DocKind;
  /** What the caller hides by (the dataset's index); filtered out at query time. */
  group: number;
  /** A place's names, or an event's titles: they weigh most. */
  names: readonly string[];
  /** An event's place names. */
  places: readonly string[];
  /** Quotes, notes and the like. */
  texts: readonly string[];
  /**
   * A gazetteer place's names in each language ("Moskau", "Moscow", "Moskwa"): a query for one
   * also finds texts that use another, such as an English import searched in German.
   */
  synonyms?: readonly string[];
}

const WEIGHT = { names: 3, places: 2, texts: 1 } as const;
/** A word that only begins with what was typed counts for less than the whole word. */
const PREFIX_FACTOR = 0.5;
/** A place whose whole name is the query comes before everything else. */
const EXACT_NAME_BONUS = 1000;

export interface SearchIndex {
  readonly size: number;
  readonly kinds: Uint8Array;
  readonly groups: Uint16Array;
  /** Sorted. */
  readonly terms: readonly string[];
  /** Term t's documents are postingDocs[termStart[t]..termStart[t + 1]], ascending. */
  readonly termStart: Uint32Array;
  readonly postingDocs: Uint32Array;
  readonly postingWeights: Uint8Array;
  /** A place's whole names (words joined by a space) → its documents. */
  readonly placeNames: ReadonlyMap<string, readonly number[]>;
  /** A one-word name → the place's other one-word names. */
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
}

const KIND_CODE: Record<DocKind, number> = { event: 0, place: 1 };

/** A growable typed array, so that millions of postings are not millions of boxed numbers. */
class Growable<T extends Uint32Array | Uint8Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (size: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

export class SearchIndexBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly termList: string[] = [];
  private readonly pairTerms = new Growable(new Uint32Array(1024), (n) => new Uint32Array(n));
  private readonly pairDocs = new Growable(new Uint32Array(1024), (n) => new Uint32Array(n));
  private readonly pairWeights = new Growable(new Uint8Array(1024), (n) => new Uint8Array(n));
  private readonly kinds = new Growable(new Uint8Array(1024), (n) => new Uint8Array(n));
  private readonly groups: number[] = [];
  private readonly placeNames = new Map<string, number[]>();
  private readonly synonyms = new Map<string, Set<string>>();

  /** Adds a document; its number is the order of adding, from 0. */
  add(doc: SearchDoc): number {
    const id = this.kinds.length;
    this.kinds.push(KIND_CODE[doc.kind]);
    this.groups.push(doc.group);
    const weights = new Map<number, number>();
    for (const field of ['names', 'places', 'texts'] as const) {
      for (const text of doc[field]) {
        for (const word of tokenize(text)) {
          this.note(weights, word, WEIGHT[field]);
          const variant = spellingVariant(word);
          if (variant) this.note(weights, variant, WEIGHT[field]);
        }
      }
    }
    for (const [term, weight] of weights) {
      this.pairTerms.push(term);
      this.pairDocs.push(id);
      this.pairWeights.push(weight);
    }
    if (doc.kind === 'place') {
      for (const name of doc.names) {
        const key = nameKey(name);
        if (!key) continue;
        const docs = this.placeNames.get(key);
        if (!docs) this.placeNames.set(key, [id]);
        else if (docs[docs.length - 1] !== id) docs.push(id);
      }
    }
    this.addSynonyms(doc.synonyms ?? []);
    return id;
  }

  private addSynonyms(names: readonly string[]): void {
    const words = new Set(names.map(nameKey).filter((key) => key !== '' && !key.includes(' ')));
    for (const word of words) {
      const others = this.synonyms.get(word) ?? new Set<string>();
      for (const other of words) if (other !== word) others.add(other);
      this.synonyms.set(word, others);
    }
  }

  private note(weights: Map<number, number>, word: string, weight: number): void {
    let term = this.termIds.get(word);
    if (term === undefined) {
      term = this.termList.length;
      this.termIds.set(word, term);
      this.termList.push(word);
    }
    if ((weights.get(term) ?? 0) < weight) weights.set(term, weight);
  }

  build(): SearchIndex {
    const order = this.termList.map((_, id) => id);
    order.sort((a, b) => (this.termList[a]! < this.termList[b]! ? -1 : 1));
    const rankOf = new Uint32Array(order.length);
    order.forEach((id, rank) => (rankOf[id] = rank));
    // A counting sort by term: stable, so each term's documents stay in ascending order.
    const pairs = this.pairTerms.length;
    const termStart = new Uint32Array(order.length + 1);
    for (let i = 0; i < pairs; i++) termStart[rankOf[this.pairTerms.data[i]!]! + 1]!++;
    for (let t = 0; t < order.length; t++) termStart[t + 1]! += termStart[t]!;
    const fill = termStart.slice(0, order.length);
    const postingDocs = new Uint32Array(pairs);
    const postingWeights = new Uint8Array(pairs);
    for (let i = 0; i < pairs; i++) {
      const at = fill[rankOf[this.pairTerms.data[i]!]!]!++;
      postingDocs[at] = this.pairDocs.data[i]!;
      postingWeights[at] = this.pairWeights.data[i]!;
    }
    return {
      size: this.kinds.length,
      kinds: this.kinds.data.slice(0, this.kinds.length),
      groups: Uint16Array.from(this.groups),
      terms: order.map((id) => this.termList[id]!),
      termStart,
      postingDocs,
      postingWeights,
      placeNames: this.placeNames,
      synonyms: new Map([...this.synonyms].map(([word, others]) => [word, [...others]])),
    };
  }
}

export function buildSearchIndex(docs: Iterable<SearchDoc>): SearchIndex {
  const builder = new SearchIndexBuilder();
  for (const doc of docs) builder.add(doc);
  return builder.build();
}

const nameKey = (name: string) => tokenize(name).join(' ');

export interface SearchHit {
  doc: number;
  kind: DocKind;
  score: number;
}

export interface SearchResult {
  /** Every document that matches, though only the best `limit` are in `hits`. */
  total: number;
  hits: SearchHit[];
}

export interface QueryOptions {
  limit?: number;
  /** Groups (datasets) whose documents are left out. */
  hiddenGroups?: ReadonlySet<number>;
}

/** The first term not before `prefix`, and the first after every term that starts with it. */
function prefixRange(terms: readonly string[], prefix: string): [number, number] {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < terms.length && terms[end]!.startsWith(prefix)) end++;
  return [lo, end];
}

/**
 * Every word of the query must occur (as a word, or as the start of one, in any of its forms);
 * a document scores the best weight of each query word's match, summed. Places named exactly
 * as the query come first, then by score, places before events at equal score, then in
 * document order.
 */
export function searchIndex(
  index: SearchIndex,
  query: string,
  options: QueryOptions = {},
): SearchResult {
  const limit = options.limit ?? 20;
  const words = [...new Set(tokenize(query))];
  if (words.length === 0 || index.size === 0) return { total: 0, hits: [] };

  const total = new Float32Array(index.size);
  const matched = new Uint8Array(index.size);
  const best = new Float32Array(index.size);
  const touched = new Uint32Array(index.size);
  for (const word of words) {
    const forms = withSynonyms(index, queryForms(word));
    const seen = new Set<number>();
    let touchedCount = 0;
    for (const form of forms) {
      const [from, to] = prefixRange(index.terms, form);
      for (let term = from; term < to; term++) {
        if (seen.has(term)) continue;
        seen.add(term);
        const factor = forms.includes(index.terms[term]!) ? 1 : PREFIX_FACTOR;
        for (let at = index.termStart[term]!; at < index.termStart[term + 1]!; at++) {
          const doc = index.postingDocs[at]!;
          const score = index.postingWeights[at]! * factor;
          if (best[doc] === 0) touched[touchedCount++] = doc;
          if (score > best[doc]!) best[doc] = score;
        }
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      total[doc]! += best[doc]!;
      matched[doc]!++;
      best[doc] = 0;
    }
  }

  for (const key of wholeNameKeys(words)) {
    for (const doc of index.placeNames.get(key) ?? []) total[doc]! += EXACT_NAME_BONUS;
  }

  const hidden = options.hiddenGroups;
  const top: SearchHit[] = [];
  let count = 0;
  const before = (a: SearchHit, b: SearchHit) =>
    a.score !== b.score
      ? a.score > b.score
      : a.kind !== b.kind
        ? a.kind === 'place'
        : a.doc < b.doc;
  for (let doc = 0; doc < index.size; doc++) {
    if (matched[doc] !== words.length) continue;
    if (hidden?.has(index.groups[doc]!)) continue;
    count++;
    const hit: SearchHit = {
      doc,
      kind: index.kinds[doc] === KIND_CODE.place ? 'place' : 'event',
      score: total[doc]!,
    };
    if (top.length === limit && !before(hit, top[top.length - 1]!)) continue;
    let at = top.length;
    while (at > 0 && before(hit, top[at - 1]!)) at--;
    top.splice(at, 0, hit);
    if (top.length > limit) top.pop();
  }
  return { total: count, hits: top };
}

function withSynonyms(index: SearchIndex, forms: string[]): string[] {
  const all = new Set(forms);
  for (const form of forms) for (const synonym of index.synonyms.get(form) ?? []) all.add(synonym);
  return [...all];
}

/** The query as a whole name, with each form of its last word ("Ost-Aleppos" → "ost aleppo"). */
function wholeNameKeys(words: readonly string[]): string[] {
  const head = words.slice(0, -1).join(' ');
  return queryForms(words[words.length - 1]!).map((form) => (head ? `${head} ${form}` : form));
}
