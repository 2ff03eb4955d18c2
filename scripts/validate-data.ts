/**
 * `npm run validate`: checks geodata/ against the data contract and exits non-zero on any
 * problem, naming the file, the record and the field. The app reads the same files the same way.
 */
import { readGeodataFiles } from './geodata-files';
import { DATA_FILES, describeProblem } from '../src/domain/data/dataset';
import { readCuratedFiles } from '../src/domain/data/read-curated';

const files = readGeodataFiles();
const { dataset, problems: dataProblems } = readCuratedFiles(files);
const problems = dataProblems.map((problem) => describeProblem(problem));

const listed = new Set(dataset.articles.map((article) => article.id));
for (const id of Object.keys(files.articleTexts)) {
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
