import { useMemo } from 'react';
import { markArticle } from '../domain/articles/marked-text';
import type { Extraction, ProposedEvent } from '../domain/extract/proposal';

/**
 * The article with what the extractor read in it: time expressions and places as <mark>s, the
 * chosen proposal's sentences marked as current and the words that gave its date and place
 * outlined. Text nodes only. A click on a proposal's sentence chooses it (the list beside it is
 * the keyboard's way to the same).
 */
export function MarkedText({
  text,
  extraction,
  selected,
  proposalOfSentence,
  onChoose,
}: {
  text: string;
  extraction: Extraction;
  selected: ProposedEvent | null;
  /** Sentence index → the key of the proposal it reports. */
  proposalOfSentence: ReadonlyMap<number, string>;
  onChoose: (key: string) => void;
}) {
  const paragraphs = useMemo(
    () =>
      markArticle(text, extraction.sentences, [
        ...extraction.times.map((time) => ({
          start: time.offset,
          end: time.endOffset,
          kind: 'time' as const,
        })),
        ...extraction.places.map((place) => ({
          start: place.start,
          end: place.end,
          kind: 'place' as const,
        })),
      ]),
    [text, extraction],
  );
  const current = new Set(
    selected ? [selected.sentence, ...selected.alsoReportedIn].map((range) => range.start) : [],
  );
  const evidence = new Set(
    selected ? [selected.dateEvidence?.start, selected.placeEvidence.start] : [],
  );

  return (
    <div className="marked-text" lang="de">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>
          {paragraph.map((block, at) => {
            const pieces = block.pieces.map((piece, i) =>
              piece.mark ? (
                <mark
                  key={i}
                  className={`mark-${piece.mark}${evidence.has(piece.start) ? ' evidence' : ''}`}
                >
                  {piece.text}
                </mark>
              ) : (
                piece.text
              ),
            );
            if (block.sentence === null) return <span key={at}>{pieces}</span>;
            const sentence = extraction.sentences[block.sentence]!;
            const key = proposalOfSentence.get(block.sentence);
            return (
              <span
                key={at}
                className={`sentence${key ? ' proposed' : ''}`}
                data-sentence={block.sentence}
                aria-current={current.has(sentence.start) ? 'true' : undefined}
                onClick={key ? () => onChoose(key) : undefined}
              >
                {pieces}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
