/**
 * In-process extractive digest of a ~1,000-word article: warm-up, then median and p95 over many runs,
 * with the split between the summary and the quotes.
 *   npx tsx bench/bench-digest.ts [runs]
 */
import { digestExtractively } from '../src/engines/extractive/extractive-summarizer.js';
import { findQuotes } from '../src/engines/extractive/quotes/find-quotes.js';
import { pickKeyQuotes } from '../src/engines/extractive/quotes/key-quotes.js';
import { summarizeArticle } from '../src/engines/extractive/summary/summarize-article.js';
import { corpusPath } from '../tests/support/corpus.js';
import { readStory } from './rouge/read-story.js';

const STORY = '7fe70cc8b12fab2d0a258fababf7d9c6b5e1262a.story';
const WARM_UP = 50;
const runs = Math.max(200, Number.parseInt(process.argv[2] ?? '', 10) || 300);

const { article } = readStory(corpusPath('cnn-stories', STORY));

/** Milliseconds per call of `fn`, after `WARM_UP` untimed calls. */
function measure(fn: () => unknown): number[] {
  for (let i = 0; i < WARM_UP; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

const at = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
const ms = (x: number): string => `${x.toFixed(2)} ms`;

const coldStart = performance.now();
const first = digestExtractively(article);
const cold = performance.now() - coldStart;

const whole = measure(() => digestExtractively(article));
const summary = measure(() => summarizeArticle(article));
const quotes = measure(() => pickKeyQuotes(findQuotes(article), article));

console.log(`Extractive digest benchmark (in-process, Node ${process.version})`);
console.log(`article: ../shared/corpus/cnn-stories/${STORY} (CNN, Michael Vick suspended), ${article.words} words, ${article.text.length} characters, ${article.blocks.length} paragraphs`);
console.log(`method: ${WARM_UP} untimed warm-up calls, then ${runs} timed calls each (performance.now around one call)`);
console.log(`first call (cold, includes lazy set-up): ${ms(cold)}; digest found ${first.quotes.length} quotes, ${first.digest.bullets.length} bullets`);
console.log('');
console.log(`${'part'.padEnd(38)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)}`);
for (const [name, t] of [
  ['whole digest (target ≤ 20 ms median)', whole],
  ['  summary (TL;DR + bullets)', summary],
  ['  quotes (find + key quotes)', quotes],
] as const) {
  console.log(`${name.padEnd(38)} ${ms(at(t, 0.5)).padStart(9)} ${ms(at(t, 0.95)).padStart(9)} ${ms(t[t.length - 1] ?? 0).padStart(9)}`);
}
