import type { EventSource } from '../events/event';

/** What the article view needs of an event: its id and where it is reported. */
export interface QuotingEvent {
  id: string;
  sources: readonly Pick<EventSource, 'article' | 'quote'>[];
}

/** A stretch of an article's text: plain, or a sentence that events quote. */
export type TextSegment =
  | { kind: 'text'; text: string }
  | {
      kind: 'quote';
      text: string;
      /** The events that quote this sentence, in the order they were given (date order). */
      eventIds: string[];
    };

/** The events that quote an article, in the order given (the catalog's date order). */
export function eventsOfArticle<T extends QuotingEvent>(
  events: readonly T[],
  articleId: string,
): T[] {
  return events.filter((event) => event.sources.some((source) => source.article === articleId));
}

/**
 * Where a quote stands in a text. Quotes are verbatim, but a line break in the text may be a
 * space in the quote (or the reverse), so any run of whitespace matches any other.
 */
function quotePattern(quote: string): RegExp | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('\\s+'), 'g');
}

interface Span {
  start: number;
  end: number;
  eventIds: string[];
}

/**
 * The article's text cut into ordered, non-overlapping segments that together are the whole
 * text: plain stretches, and every sentence that one of `events` quotes from this article,
 * naming the events that quote it. Quotes that overlap become one marked stretch (with all
 * their events), so no character is shown twice.
 */
export function segmentArticle(
  text: string,
  articleId: string,
  events: readonly QuotingEvent[],
): TextSegment[] {
  const spans: Span[] = [];
  for (const event of events) {
    for (const source of event.sources) {
      if (source.article !== articleId || !source.quote) continue;
      const pattern = quotePattern(source.quote);
      if (!pattern) continue;
      for (const match of text.matchAll(pattern)) {
        spans.push({
          start: match.index,
          end: match.index + match[0].length,
          eventIds: [event.id],
        });
      }
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);

  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      for (const id of span.eventIds) if (!last.eventIds.includes(id)) last.eventIds.push(id);
    } else {
      merged.push({ ...span, eventIds: [...span.eventIds] });
    }
  }

  // Events in the order given, whichever of their quotes came first in the text.
  const order = new Map(events.map((event, index) => [event.id, index]));
  const segments: TextSegment[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) segments.push({ kind: 'text', text: text.slice(at, span.start) });
    segments.push({
      kind: 'quote',
      text: text.slice(span.start, span.end),
      eventIds: span.eventIds.sort((a, b) => order.get(a)! - order.get(b)!),
    });
    at = span.end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}

/**
 * The segments grouped into paragraphs, so a screen reader can move through the article one at a
 * time. The texts mark paragraphs by a line break, some by an empty line. A quote never splits.
 */
export function paragraphsOf(segments: readonly TextSegment[]): TextSegment[][] {
  const paragraphs: TextSegment[][] = [[]];
  for (const segment of segments) {
    if (segment.kind === 'quote') {
      paragraphs.at(-1)!.push(segment);
      continue;
    }
    segment.text.split(/[^\S\n]*\n\s*/).forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      if (piece !== '') paragraphs.at(-1)!.push({ kind: 'text', text: piece });
    });
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}
