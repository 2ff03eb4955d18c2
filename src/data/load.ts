import articlesJson from '../../geodata/articles.json?raw';
import actorsJson from '../../geodata/actors.json?raw';
import redirectsJson from '../../geodata/event-redirects.json?raw';
import eventsJson from '../../geodata/events.json?raw';
import placesJson from '../../geodata/places.geojson?raw';
import {
  DATA_FILES,
  type DataProblem,
  type Dataset,
  type RawDataset,
} from '../domain/data/dataset';
import { validateDataset } from '../domain/data/validate';

const articleFiles = import.meta.glob<string>('../../geodata/articles/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * Reads the bundled geodata. Files are bundled as text and parsed here, so that even a
 * syntax error in one file becomes a message on screen rather than a blank page.
 */
export function loadBundledDataset(): { dataset: Dataset; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const parse = (file: string, text: string): unknown => {
    try {
      return JSON.parse(text);
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
  for (const [path, text] of Object.entries(articleFiles)) {
    articleTexts[path.replace(/^.*\//, '').replace(/\.txt$/, '')] = text;
  }
  const raw: RawDataset = {
    articles: parse(DATA_FILES.articles, articlesJson),
    actors: parse(DATA_FILES.actors, actorsJson),
    places: parse(DATA_FILES.places, placesJson),
    events: parse(DATA_FILES.events, eventsJson),
    redirects: parse(DATA_FILES.redirects, redirectsJson),
    articleTexts,
  };
  const result = validateDataset(raw);
  // A file that failed to parse also fails its shape check; report the cause only.
  const unreadable = new Set(problems.map((problem) => problem.file));
  const shapeProblems = result.problems.filter(
    (problem) => !(unreadable.has(problem.file) && problem.record === undefined),
  );
  return { dataset: result.dataset, problems: [...problems, ...shapeProblems] };
}
