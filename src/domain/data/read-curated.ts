import { DATA_FILES, type DataProblem, type Dataset, type RawDataset } from './dataset';
import { validateDataset } from './validate';

/** A curated file as fetched: its text, or why it could not be had. */
export type FetchedFile = { text: string } | { error: string };

export type CuratedFiles = Record<keyof typeof DATA_FILES, FetchedFile> & {
  /** Article id → its text, or why it could not be had. */
  articleTexts: Record<string, FetchedFile>;
};

/**
 * Parses and checks the curated files. A file that could not be fetched or parsed becomes a
 * message naming it, and everything else still loads.
 */
export function readCuratedFiles(files: CuratedFiles): {
  dataset: Dataset;
  problems: DataProblem[];
} {
  const problems: DataProblem[] = [];
  const parse = (file: string, fetched: FetchedFile): unknown => {
    if ('error' in fetched) {
      problems.push({
        file,
        message: {
          en: `could not be loaded (${fetched.error})`,
          de: `konnte nicht geladen werden (${fetched.error})`,
        },
      });
      return undefined;
    }
    try {
      return JSON.parse(fetched.text);
    } catch (error) {
      const reason = (error as Error).message;
      problems.push({
        file,
        message: { en: `is not valid JSON (${reason})`, de: `ist kein gültiges JSON (${reason})` },
      });
      return undefined;
    }
  };
  const articleTexts: Record<string, string> = {};
  for (const [id, fetched] of Object.entries(files.articleTexts)) {
    if ('text' in fetched) articleTexts[id] = fetched.text;
    else parse(`geodata/articles/${id}.txt`, fetched);
  }
  const raw: RawDataset = {
    articles: parse(DATA_FILES.articles, files.articles),
    actors: parse(DATA_FILES.actors, files.actors),
    places: parse(DATA_FILES.places, files.places),
    events: parse(DATA_FILES.events, files.events),
    redirects: parse(DATA_FILES.redirects, files.redirects),
    articleTexts,
  };
  const result = validateDataset(raw);
  // A file that failed to load or parse also fails its shape check; report the cause only.
  const unreadable = new Set(problems.map((problem) => problem.file));
  const shapeProblems = result.problems.filter(
    (problem) => !(unreadable.has(problem.file) && problem.record === undefined),
  );
  return { dataset: result.dataset, problems: [...problems, ...shapeProblems] };
}
