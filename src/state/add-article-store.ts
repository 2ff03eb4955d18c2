// "Artikel hinzufügen": the text a person is adding, the events proposed from it and what they
// decided about each. Accepted events form a dataset of their own (stored like an import, with
// the article's text), so they are on the map, in the list and the timeline at once. Only the
// flow's own (lazily loaded) views import this; whether it is open is in add-article-open.ts.
import { create } from 'zustand';
import {
  addedArticleId,
  ARTICLE_FORMAT,
  articleDatasetId,
  suggestTitle,
  type AddedArticle,
} from '../domain/articles/added-article';
import type { Localized } from '../domain/data/dataset';
import type { EventDataset, EventPlace, MapEvent } from '../domain/events/event';
import type { Extraction, ProposedEvent } from '../domain/extract/proposal';
import { formatIsoDay, parseIsoDay } from '../domain/time/days';
import { addImportedDataset, removeDataset, useCatalogStore } from './catalog-store';
import { extractionTools, type ExtractionTools } from './extraction-tools';

export type TextProblem = 'empty' | 'short' | 'notGerman' | 'noDate' | 'loadFailed';
export type Decision = 'open' | 'accepted' | 'dropped';

export interface Draft {
  proposal: ProposedEvent;
  decision: Decision;
}

export type ProposalEdit = Partial<
  Pick<ProposedEvent, 'date' | 'status' | 'category' | 'actors' | 'placeId'>
>;

export interface AddArticleState {
  step: 'write' | 'review';
  text: string;
  title: string;
  /** The person wrote the title themselves: the first line no longer replaces it. */
  titleEdited: boolean;
  /** YYYY-MM-DD, or '' while none is known. */
  published: string;
  /** Where the date came from: suggested by the text, or entered by the person. */
  publishedFrom: 'text' | 'person' | null;
  problem: TextProblem | null;
  busy: boolean;
  extraction: Extraction | null;
  article: AddedArticle | null;
  drafts: Draft[];
  /** The proposal whose sentence is marked in the text. */
  selected: string | null;
}

const EMPTY: AddArticleState = {
  step: 'write',
  text: '',
  title: '',
  titleEdited: false,
  published: '',
  publishedFrom: null,
  problem: null,
  busy: false,
  extraction: null,
  article: null,
  drafts: [],
  selected: null,
};

export const useAddArticleStore = create<AddArticleState>()(() => EMPTY);

const set = useAddArticleStore.setState;
const get = useAddArticleStore.getState;

/**
 * The flow has opened (where it was left): the extractor starts loading now, not before. If
 * the article's dataset was removed in the data panel meanwhile, nothing is accepted any more.
 */
export function prepareExtraction(): void {
  const { article, drafts } = get();
  const removed =
    article !== null &&
    !useCatalogStore.getState().catalog.datasetsById.has(articleDatasetId(article.text));
  if (removed && drafts.some((draft) => draft.decision === 'accepted'))
    set({
      drafts: drafts.map((draft) =>
        draft.decision === 'accepted' ? { ...draft, decision: 'open' } : draft,
      ),
    });
  void extractionTools().then(suggestDate, () => undefined);
}

/** Starts over with an empty text (what was accepted stays on the map). */
export const startNewArticle = () => set({ ...EMPTY });

export const backToText = () => set({ step: 'write', problem: null });

export function setText(text: string): void {
  const { titleEdited } = get();
  set({ text, problem: null, ...(!titleEdited && { title: suggestTitle(text) }) });
  void extractionTools().then(suggestDate, () => undefined);
}

export const setTitle = (title: string) => set({ title, titleEdited: true });

export const setPublished = (published: string) =>
  set({ published, publishedFrom: published ? 'person' : null, problem: null });

/** The date the text names at its top (or its latest full date), unless the person gave one. */
function suggestDate(tools: ExtractionTools): void {
  const { text, publishedFrom } = get();
  if (publishedFrom === 'person') return;
  const day = text.trim() ? tools.suggestPublished(text) : null;
  set(
    day === null
      ? { published: '', publishedFrom: null }
      : { published: formatIsoDay(day), publishedFrom: 'text' },
  );
}

/** Checks the text and the date, then proposes events; what is wrong is said, never thrown. */
export async function proposeEvents(): Promise<void> {
  const { text, published } = get();
  if (!text.trim()) return set({ problem: 'empty' });
  set({ busy: true, problem: null });
  let tools: ExtractionTools;
  try {
    tools = await extractionTools();
  } catch {
    return set({ busy: false, problem: 'loadFailed' });
  }
  if (tools.wordCount(text) < tools.MIN_WORDS) return set({ busy: false, problem: 'short' });
  if (!tools.looksGerman(text)) return set({ busy: false, problem: 'notGerman' });
  const day = parseIsoDay(published);
  if (day === null) return set({ busy: false, problem: 'noDate' });

  const extraction = tools.extractEvents(text, day, tools.lookup);
  const { catalog } = useCatalogStore.getState();
  const datasetId = articleDatasetId(text);
  // The same text added before: its accepted events are still accepted.
  const state = get();
  set({
    busy: false,
    step: 'review',
    extraction,
    selected: null,
    drafts: extraction.events.map((proposal) =>
      keptDraft(proposal, state, catalog.datasetsById.get(datasetId)?.events ?? []),
    ),
    article: {
      id: addedArticleId(
        text,
        catalog.curated.articles.map((article) => article.id),
      ),
      title: state.title.trim() || suggestTitle(text) || text.trim().slice(0, 60),
      published,
      publishedFrom: state.publishedFrom === 'text' ? 'text' : 'person',
      text,
      addedAt: new Date().toISOString(),
    },
  });
}

/**
 * A proposal made again from the same text (after "Text ändern", or after a reload) keeps what
 * the person decided and changed: from this session's draft, else from the accepted event.
 */
function keptDraft(proposal: ProposedEvent, state: AddArticleState, accepted: MapEvent[]): Draft {
  const before = state.drafts.find((draft) => draft.proposal.key === proposal.key);
  if (before && state.article?.text === state.text) return before;
  const event = accepted.find((candidate) => candidate.localId === proposal.key);
  if (!event) return { proposal, decision: 'open' };
  const { start, end, precision, vague, basis } = event.date;
  return {
    decision: 'accepted',
    proposal: {
      ...proposal,
      date: {
        start,
        end,
        precision,
        ...(vague && { vague }),
        ...(basis === 'publication' && { basis }),
      },
      status: event.status,
      category: event.category,
      actors: [...event.actors],
      placeId: event.place,
    },
  };
}

export const selectProposal = (key: string | null) => set({ selected: key });

function updateDrafts(update: (draft: Draft) => Draft | null): void {
  const before = get().drafts;
  const drafts = before.map((draft) => update(draft) ?? draft);
  set({ drafts });
  const accepted = (list: Draft[]) => list.filter((d) => d.decision === 'accepted');
  const changed = drafts.some(
    (draft, i) =>
      draft !== before[i] && (draft.decision === 'accepted' || before[i]!.decision === 'accepted'),
  );
  if (changed) void syncDataset(accepted(drafts));
}

export function editProposal(key: string, edit: ProposalEdit): void {
  updateDrafts((draft) =>
    draft.proposal.key === key ? { ...draft, proposal: { ...draft.proposal, ...edit } } : null,
  );
}

export function decide(key: string, decision: Decision): void {
  updateDrafts((draft) =>
    draft.proposal.key === key && draft.decision !== decision ? { ...draft, decision } : null,
  );
}

/** Accepts every proposal not yet accepted or dropped. */
export function acceptRemaining(): void {
  updateDrafts((draft) => (draft.decision === 'open' ? { ...draft, decision: 'accepted' } : null));
}

/** One change of the dataset at a time, in the order they were asked for. */
let syncing: Promise<void> = Promise.resolve();

function syncDataset(accepted: Draft[]): Promise<void> {
  const { article } = get();
  if (!article) return syncing;
  syncing = syncing
    .then(() => extractionTools())
    .then(async (tools) => {
      const dataset = articleDataset(article, accepted, tools);
      if (dataset.events.length > 0) await addImportedDataset(dataset);
      else if (useCatalogStore.getState().catalog.datasetsById.has(dataset.id))
        await removeDataset(dataset.id);
    })
    .catch(() => undefined);
  return syncing;
}

/** The accepted proposals as a dataset: our event model, the gazetteer's places, the text. */
function articleDataset(
  article: AddedArticle,
  accepted: Draft[],
  tools: ExtractionTools,
): EventDataset {
  const id = articleDatasetId(article.text);
  const { catalog } = useCatalogStore.getState();
  const places = new Map<string, EventPlace>();
  const events: MapEvent[] = [];
  for (const { proposal } of accepted) {
    const place = tools.lookup.byId.get(proposal.placeId);
    if (!place) continue;
    places.set(place.id, tools.gazetteerPlaceToEventPlace(place));
    const event = tools.proposalToEvent(proposal, {
      datasetId: id,
      articleId: article.id,
      place,
    });
    // Every sentence that reports it is a source, not only the first.
    for (const range of proposal.alsoReportedIn)
      event.sources.push({
        article: article.id,
        quote: article.text.slice(range.start, range.end),
      });
    events.push(event);
  }
  const actorNames: Record<string, Localized> = {};
  for (const actor of catalog.curated.actors) actorNames[actor.id] = actor.name;
  const existing = catalog.datasetsById.get(id);
  return {
    id,
    name: article.title,
    kind: 'imported',
    format: ARTICLE_FORMAT,
    ...(existing?.colorIndex !== undefined && { colorIndex: existing.colorIndex }),
    events,
    places: [...places.values()],
    actorNames,
    article,
  };
}
