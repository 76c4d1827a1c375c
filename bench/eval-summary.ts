/**
 * ROUGE of the extractive summary (TL;DR + bullets) against the CNN/Daily Mail highlights of the ten
 * stories, beside Lead-3 on the same stories. Two ranking weights (bullet length, lead prior) were
 * picked on these ten from a grid of 20, so the table is in-sample; the held-aside figure is
 * leave-one-out: each story in turn is scored with weights picked on the other nine.
 *   --wide     the same for a wider grid of 225 (it overfits: compare its held-aside figure)
 *   --tune     the grid scored on a set kept apart (PolNeAR articles against their own headlines)
 *   --polnear  checks the TL;DR and bullets of the 840 PolNeAR articles for rule breaks
 *   npm run eval:summary [-- --wide] [-- --tune] [-- --polnear]
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitSentences } from '../src/engines/extractive/sentences/split-sentences.js';
import { candidateSentences } from '../src/engines/extractive/summary/candidate-sentences.js';
import { DEFAULT_WEIGHTS, type RankingWeights } from '../src/engines/extractive/summary/rank-sentences.js';
import { summarizeArticle } from '../src/engines/extractive/summary/summarize-article.js';
import { corpusPath } from '../tests/support/corpus.js';
import { checkPolnearBullets } from './rouge/check-polnear.js';
import { readPolnearHeadlines } from './rouge/read-polnear-headlines.js';
import { readStory, type Story } from './rouge/read-story.js';
import { rouge, type RougeScores } from './rouge/rouge.js';

const storiesDir = corpusPath('cnn-stories');
const stories = readdirSync(storiesDir)
  .filter((f) => f.endsWith('.story'))
  .sort()
  .map((f) => readStory(resolve(storiesDir, f)));

/** Lead-3: the first three sentences of the article's paragraphs. */
function lead3(story: Story): string[] {
  const { text, blocks } = story.article;
  return blocks.flatMap((b) => splitSentences(text, b.start, b.end).map((s) => text.slice(s.start, s.end))).slice(0, 3);
}

/** Lead-3 under our readability rules: the first three sentences that may be a bullet (no caption, no dangling pronoun…). */
function readableLead3(story: Story): string[] {
  return candidateSentences(story.article)
    .filter((c) => !c.dangling && !c.weak)
    .slice(0, 3)
    .map((c) => c.text);
}

/** Our summary as a reader sees it: the TL;DR, then the bullets in article order, each sentence once. */
function ours(story: Story, weights: RankingWeights): string[] {
  const { tldr, bullets } = summarizeArticle(story.article, { weights });
  return [...new Set([tldr, ...bullets].filter((s) => s !== ''))];
}

type Row = { ours: RougeScores; first3: RougeScores; lead: RougeScores; readableLead: RougeScores; sentences: number; words: number };

function evaluate(set: Story[], weights: RankingWeights): Row[] {
  return set.map((story) => {
    const summary = ours(story, weights);
    return {
      ours: rouge(summary, story.highlights),
      first3: rouge(summary.slice(0, 3), story.highlights),
      lead: rouge(lead3(story), story.highlights),
      readableLead: rouge(readableLead3(story), story.highlights),
      sentences: summary.length,
      words: summary.join(' ').split(/\s+/u).length,
    };
  });
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
const triple = (s: RougeScores): string => `${pct(s.rouge1.f1)} ${pct(s.rouge2.f1)} ${pct(s.rougeL.f1)} ${pct(s.rougeLFlat.f1)}`;
/** Mean R-1 F1 + R-L F1: the one objective every tuning here maximises. */
const objective = (r: RougeScores): number => r.rouge1.f1 + r.rougeL.f1;

function meanScores(rows: Row[], pick: (r: Row) => RougeScores): RougeScores {
  const f = (k: keyof RougeScores) => ({
    precision: mean(rows.map((r) => pick(r)[k].precision)),
    recall: mean(rows.map((r) => pick(r)[k].recall)),
    f1: mean(rows.map((r) => pick(r)[k].f1)),
  });
  return { rouge1: f('rouge1'), rouge2: f('rouge2'), rougeL: f('rougeL'), rougeLFlat: f('rougeLFlat') };
}

/** Mean of ours − Lead-3 on R-1 F1, with its standard error over the stories: ten stories are few. */
function difference(rows: Row[], pick: (r: Row) => RougeScores): string {
  const d = rows.map((r) => pick(r).rouge1.f1 - r.lead.rouge1.f1);
  const m = mean(d);
  const se = Math.sqrt(mean(d.map((x) => (x - m) ** 2)) / Math.max(d.length - 1, 1));
  const wins = d.filter((x) => x >= 0).length;
  return `R-1 ours − Lead-3 = ${(100 * m).toFixed(1)} ± ${(100 * se).toFixed(1)} (standard error); ours ≥ Lead-3 on ${wins}/${d.length} stories`;
}

function printTable(rows: Row[]): void {
  console.log('story     words sents |  ours: R-1   R-2   R-L  R-Lf | first 3: R-1  R-2   R-L  R-Lf | Lead-3: R-1   R-2   R-L  R-Lf');
  rows.forEach((r, i) => {
    const s = stories[i] as Story;
    console.log(`${s.name}  ${String(s.article.words).padStart(5)} ${String(r.sentences).padStart(5)} |       ${triple(r.ours)} |        ${triple(r.first3)} |        ${triple(r.lead)}`);
  });
  const o = meanScores(rows, (r) => r.ours);
  const f = meanScores(rows, (r) => r.first3);
  const l = meanScores(rows, (r) => r.lead);
  const rl = meanScores(rows, (r) => r.readableLead);
  console.log(`${'mean'.padEnd(8)}  ${''.padStart(5)} ${mean(rows.map((r) => r.sentences)).toFixed(1).padStart(5)} |       ${triple(o)} |        ${triple(f)} |        ${triple(l)}`);
  console.log('');
  console.log(`precision/recall (%)        R-1 P / R      R-L P / R     (R-1 F1, R-L F1)`);
  const lines = [['ours (TL;DR+bullets)', o], ['ours, first 3 shown', f], ['Lead-3', l], ['Lead-3 under our rules¹', rl]] as const;
  for (const [name, s] of lines) {
    console.log(`  ${name.padEnd(24)} ${pct(s.rouge1.precision)} / ${pct(s.rouge1.recall)}   ${pct(s.rougeL.precision)} / ${pct(s.rougeL.recall)}    (${pct(s.rouge1.f1)}, ${pct(s.rougeL.f1)})`);
  }
  console.log('  ¹ the first three sentences that may be shown: no caption or kicker, no pronoun without its person, no half quotation');
  console.log(`summary length: ours ${mean(rows.map((r) => r.words)).toFixed(0)} words on average`);
  console.log(`all shown:    ${difference(rows, (r) => r.ours)}`);
  console.log(`first 3 shown: ${difference(rows, (r) => r.first3)}`);
}

/** The grid the shipped weights were picked from: how long a bullet may be against how much the lead counts. */
function shippedGrid(): RankingWeights[] {
  return [0, 0.1, 0.2, 0.3, 0.4].flatMap((brevity) => [0.5, 1, 2, 4].map((position) => ({ ...DEFAULT_WEIGHTS, brevity, position })));
}

/** A wider grid, for comparison: more weights to move overfit ten stories (see its leave-one-out figure). */
function wideGrid(): RankingWeights[] {
  const out: RankingWeights[] = [];
  for (const backward of [-1, -0.5, -0.3, 0, 0.3])
    for (const threshold of [0, 0.2, 0.4])
      for (const position of [0.3, 0.6, 1, 2, 4])
        for (const brevity of [0, 0.1, 0.2]) out.push({ ...DEFAULT_WEIGHTS, backward, threshold, position, brevity });
  return out;
}

const show = (w: RankingWeights): string => `backward ${w.backward}, threshold ${w.threshold}, position ${w.position}, brevity ${w.brevity}`;

/**
 * Each story held aside in turn: weights picked on the other nine, scored on it. This is the figure
 * the shipped weights can be trusted to reach on stories they were not picked on.
 */
function leaveOneOut(name: string, configs: RankingWeights[]): void {
  const rowsByConfig = configs.map((w) => evaluate(stories, w));
  const total = (c: number, skip: number): number =>
    (rowsByConfig[c] as Row[]).reduce((a, r, i) => (i === skip ? a : a + objective(r.ours)), 0);
  const picks = stories.map((_, s) => configs.map((_, c) => c).reduce((b, c) => (total(c, s) > total(b, s) ? c : b), 0));
  const held: Row[] = picks.map((c, s) => (rowsByConfig[c] as Row[])[s] as Row);
  const inSample = configs.map((_, c) => c).reduce((b, c) => (total(c, -1) > total(b, -1) ? c : b), 0);
  const best = meanScores(rowsByConfig[inSample] as Row[], (r) => r.ours);
  const o = meanScores(held, (r) => r.ours);
  const lead = meanScores(held, (r) => r.lead);
  const shippedPicks = picks.filter((c) => show(configs[c] as RankingWeights) === show(DEFAULT_WEIGHTS)).length;
  console.log(`\n${name} (${configs.length} weight settings):`);
  console.log(`  in-sample best (${show(configs[inSample] as RankingWeights)}): R-1 ${pct(best.rouge1.f1)}  R-2 ${pct(best.rouge2.f1)}  R-L ${pct(best.rougeL.f1)} — optimistic`);
  console.log(`  held aside in turn (picked on 9, scored on the 10th): R-1 ${pct(o.rouge1.f1)}  R-2 ${pct(o.rouge2.f1)}  R-L ${pct(o.rougeL.f1)}  vs Lead-3 ${pct(lead.rouge1.f1)} ${pct(lead.rouge2.f1)} ${pct(lead.rougeL.f1)}`);
  console.log(`  ${difference(held, (r) => r.ours)}; the shipped weights were picked in ${shippedPicks}/${stories.length} folds`);
}

/** Picks the weights on the held-apart PolNeAR headline set, then scores them on the ten as an unseen test. */
function tune(): void {
  const tuning = readPolnearHeadlines(4);
  const configs = shippedGrid();
  const scores = configs.map((w) => mean(tuning.map((s) => objective(rouge(ours(s, w), s.highlights)))));
  const order = configs.map((_, c) => c).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  console.log(`\nTuning on the held-apart set: ${tuning.length} PolNeAR articles, TL;DR+bullets vs each one's own headline (withheld from the summarizer)`);
  console.log('objective: mean R-1 F1 + R-L F1; best 5, with their score on the ten CNN stories (not used to choose):');
  for (const c of order.slice(0, 5)) {
    const m = meanScores(evaluate(stories, configs[c] as RankingWeights), (r) => r.ours);
    console.log(`  ${show(configs[c] as RankingWeights)}: headlines ${pct((scores[c] as number) / 2)} | CNN R-1 ${pct(m.rouge1.f1)} R-L ${pct(m.rougeL.f1)}`);
  }
  const shipped = configs.findIndex((w) => show(w) === show(DEFAULT_WEIGHTS));
  console.log(`  as shipped (${show(DEFAULT_WEIGHTS)}): rank ${order.indexOf(shipped) + 1} of ${configs.length}`);
}

console.log('ROUGE F1 (%) of TL;DR+bullets vs the @highlight sentences, beside Lead-3, per story');
console.log('R-1/R-2: n-gram overlap; R-L: summary-level union LCS (ROUGE-1.5.5 / rougeLsum); R-Lf: one LCS over the flat text (rougeL)');
console.log('tokens: lower-case a-z0-9, Porter-stemmed when longer than 3 letters (as rouge-score); no stopword removal');
console.log('"first 3": the TL;DR and the first two bullets as shown — the same number of sentences as Lead-3\n');
console.log(`weights as shipped: ${show(DEFAULT_WEIGHTS)} — picked on these ten (in-sample); the held-aside figures follow the table`);
printTable(evaluate(stories, DEFAULT_WEIGHTS));
const prior = { ...DEFAULT_WEIGHTS, position: 1, brevity: 0 };
const untuned = meanScores(evaluate(stories, prior), (r) => r.ours);
console.log(`before any tuning (${show(prior)}): R-1 ${pct(untuned.rouge1.f1)}  R-2 ${pct(untuned.rouge2.f1)}  R-L ${pct(untuned.rougeL.f1)}`);
leaveOneOut('The procedure that picked the shipped weights: brevity × position', shippedGrid());
if (process.argv.includes('--wide')) leaveOneOut('A wider grid, backward × threshold × position × brevity', wideGrid());
if (process.argv.includes('--tune')) tune();
if (process.argv.includes('--polnear')) checkPolnearBullets();
