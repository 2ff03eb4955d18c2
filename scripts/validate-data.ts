/**
 * `npm run validate`: checks geodata/ against the data contract and exits non-zero on any
 * problem, naming the file, the record and the field.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, describeProblem, type RawDataset } from '../src/domain/data/dataset';
import { validateDataset } from '../src/domain/data/validate';

const root = join(import.meta.dirname, '..');
const problems: string[] = [];

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    problems.push(`${file}: cannot be read as JSON (${(error as Error).message})`);
    return undefined;
  }
}

const articleDir = join(root, 'geodata/articles');
const articleTexts: Record<string, string> = {};
for (const name of readdirSync(articleDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()) {
  articleTexts[name.replace(/\.txt$/, '')] = readFileSync(join(articleDir, name), 'utf8');
}

const raw: RawDataset = {
  articles: readJson(DATA_FILES.articles),
  actors: readJson(DATA_FILES.actors),
  places: readJson(DATA_FILES.places),
  events: readJson(DATA_FILES.events),
  redirects: readJson(DATA_FILES.redirects),
  articleTexts,
};
const { dataset, problems: dataProblems } = validateDataset(raw);
problems.push(...dataProblems.map((problem) => describeProblem(problem)));

const listed = new Set(dataset.articles.map((article) => article.id));
for (const id of Object.keys(articleTexts)) {
  if (!listed.has(id))
    problems.push(`${DATA_FILES.articles}: geodata/articles/${id}.txt is not listed`);
}

if (problems.length > 0) {
  console.error(`Data validation failed with ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const counts = dataset.articles.map(
  (article) =>
    `${article.id}: ${dataset.events.filter((event) => event.sources.some((source) => source.article === article.id)).length}`,
);
console.log(
  `Data OK: ${dataset.articles.length} articles, ${dataset.places.length} places, ${dataset.actors.length} actors, ${dataset.events.length} events (${counts.join(', ')}).`,
);
