/**
 * `npx tsx scripts/extract-times.ts`: the time expressions found in the five curated articles,
 * resolved against their publication dates, for reading by eye. Not a score: the comparison
 * with geodata/events.json belongs to the event extraction (`npm run extract:score`).
 */
import { readFileSync } from 'node:fs';
import { findTimeExpressions } from '../src/domain/extract/time-expressions';
import { formatIsoDay, parseIsoDay } from '../src/domain/time/days';

interface ArticleEntry {
  id: string;
  published: string;
}

const articles = JSON.parse(readFileSync('geodata/articles.json', 'utf8')) as ArticleEntry[];
let total = 0;
for (const { id, published } of articles) {
  const day = parseIsoDay(published);
  if (day === null) throw new Error(`${id}: bad date ${published}`);
  const text = readFileSync(`geodata/articles/${id}.txt`, 'utf8');
  const found = findTimeExpressions(text, day);
  total += found.length;
  console.log(`\n${id} (published ${published}): ${found.length}`);
  for (const item of found) {
    const span = `${formatIsoDay(item.interval.start)}..${formatIsoDay(item.interval.end)}`;
    console.log(
      `  ${JSON.stringify(item.text)} → ${span} ${item.precision} ${item.tense} ${item.relation}`,
    );
  }
}
console.log(`\n${total} time expressions in ${articles.length} articles`);
