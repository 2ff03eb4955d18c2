// An article's text cut for showing what the extractor found: paragraphs, in them the
// sentences (so a proposal's sentence can be marked and scrolled to), in them the words that
// are time expressions or places. The pieces together are the whole text, each character once.

export type MarkKind = 'time' | 'place';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
}

export interface Piece {
  text: string;
  mark: MarkKind | null;
  /** Where the piece starts in the text: a mark is known again by it. */
  start: number;
}

/** A sentence (its index in the extraction's sentences), or the text between two. */
export interface Block {
  sentence: number | null;
  pieces: Piece[];
}

interface Range {
  start: number;
  end: number;
  sentence: number | null;
}

/** Sentences and the gaps between them, in order, covering the whole text. */
function rangesOf(length: number, sentences: readonly { start: number; end: number }[]): Range[] {
  const ranges: Range[] = [];
  let at = 0;
  sentences.forEach((sentence, index) => {
    const start = Math.max(sentence.start, at);
    const end = Math.min(sentence.end, length);
    if (end <= start) return;
    if (start > at) ranges.push({ start: at, end: start, sentence: null });
    ranges.push({ start, end, sentence: index });
    at = end;
  });
  if (at < length) ranges.push({ start: at, end: length, sentence: null });
  return ranges;
}

/** Marks in text order; one that overlaps an earlier one is left out, so none is cut. */
function orderedMarks(marks: readonly Mark[]): Mark[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  for (const mark of sorted) {
    if (mark.end <= mark.start) continue;
    if (kept.length && mark.start < kept.at(-1)!.end) continue;
    kept.push(mark);
  }
  return kept;
}

function piecesOf(text: string, range: Range, marks: readonly Mark[]): Piece[] {
  const pieces: Piece[] = [];
  let at = range.start;
  for (const mark of marks) {
    const start = Math.max(mark.start, range.start);
    const end = Math.min(mark.end, range.end);
    if (end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), mark: null, start: at });
    pieces.push({ text: text.slice(start, end), mark: mark.kind, start });
    at = end;
  }
  if (at < range.end) pieces.push({ text: text.slice(at, range.end), mark: null, start: at });
  return pieces;
}

export function markArticle(
  text: string,
  sentences: readonly { start: number; end: number }[],
  marks: readonly Mark[],
): Block[][] {
  const ordered = orderedMarks(marks);
  const paragraphs: Block[][] = [[]];
  for (const range of rangesOf(text.length, sentences)) {
    let block: Block = { sentence: range.sentence, pieces: [] };
    paragraphs.at(-1)!.push(block);
    for (const piece of piecesOf(text, range, ordered)) {
      let at = piece.start;
      for (const line of piece.text.matchAll(/([^\n]*?)([^\S\n]*\n\s*|$)/gy)) {
        if (line[0] === '') break;
        if (line[1] !== '') block.pieces.push({ text: line[1]!, mark: piece.mark, start: at });
        at += line[0].length;
        if (line[2] !== '') {
          block = { sentence: range.sentence, pieces: [] };
          paragraphs.push([block]);
        }
      }
    }
  }
  return paragraphs
    .map((paragraph) => paragraph.filter((block) => block.pieces.length > 0))
    .filter((paragraph) => paragraph.length > 0);
}
