import articlesUrl from '../../geodata/articles.json?url';
import actorsUrl from '../../geodata/actors.json?url';
import redirectsUrl from '../../geodata/event-redirects.json?url';
import eventsUrl from '../../geodata/events.json?url';
import placesUrl from '../../geodata/places.geojson?url';
import type { DataProblem, Dataset } from '../domain/data/dataset';
import { type FetchedFile, readCuratedFiles } from '../domain/data/read-curated';

// The data is fetched at run time, not compiled into the bundle: the script stays small
// whatever the data weighs, and the files are cached apart from the code.
const articleUrls = import.meta.glob<string>('../../geodata/articles/*.txt', {
  query: '?url',
  import: 'default',
  eager: true,
});

async function fetchText(url: string): Promise<FetchedFile> {
  try {
    const response = await fetch(url);
    if (!response.ok) return { error: `HTTP ${response.status}` };
    return { text: await response.text() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Fetches the curated corpus; what fails to load is a problem on screen, not a blank page. */
export async function loadCuratedDataset(): Promise<{ dataset: Dataset; problems: DataProblem[] }> {
  const articleEntries = Object.entries(articleUrls).map(
    async ([path, url]) =>
      [path.replace(/^.*\//, '').replace(/\.txt$/, ''), await fetchText(url)] as const,
  );
  const [articles, actors, places, events, redirects, texts] = await Promise.all([
    fetchText(articlesUrl),
    fetchText(actorsUrl),
    fetchText(placesUrl),
    fetchText(eventsUrl),
    fetchText(redirectsUrl),
    Promise.all(articleEntries),
  ]);
  return readCuratedFiles({
    articles,
    actors,
    places,
    events,
    redirects,
    articleTexts: Object.fromEntries(texts),
  });
}
