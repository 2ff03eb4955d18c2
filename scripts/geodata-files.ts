import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES } from '../src/domain/data/dataset';
import type { CuratedFiles, FetchedFile } from '../src/domain/data/read-curated';

/** The curated files read from disk, for unit tests and scripts (Node only). */
export function readGeodataFiles(root = join(import.meta.dirname, '..')): CuratedFiles {
  const read = (file: string): FetchedFile => {
    try {
      return { text: readFileSync(join(root, file), 'utf8') };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  const articleDir = join(root, 'geodata/articles');
  const articleTexts = Object.fromEntries(
    readdirSync(articleDir)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => [file.replace(/\.txt$/, ''), read(join('geodata/articles', file))]),
  );
  return {
    articles: read(DATA_FILES.articles),
    actors: read(DATA_FILES.actors),
    places: read(DATA_FILES.places),
    events: read(DATA_FILES.events),
    redirects: read(DATA_FILES.redirects),
    articleTexts,
  };
}
