/**
 * Direct-quote precision, recall and speaker accuracy of the extractive engine on the PolNeAR
 * training split (hand-annotated attributions), on a dev part and a held-aside test part.
 *   npm run eval:quotes [-- --errors-for test]
 *
 * - Gold: attributions whose Content begins with “ or " — and with '' too: the New York Times texts write
 *   their double quotes as two apostrophes, and leaving them out would drop 120 articles' quotes.
 *   Articles annotated twice: union (see goldQuotes).
 * - Match: a predicted quote and a gold quote match when their overlap covers ≥ 30% of the shorter of the two.
 * - Precision ignores predicted quotes lying inside an indirect (paraphrase) attribution's Content —
 *   partial quotes such as `said the plan was “a disaster,”`, which the scheme does not count as
 *   direct — and reports them separately with their own speaker accuracy; the last column is the
 *   precision if they were all counted as errors.
 * - Speaker accuracy: over matched quotes whose gold has a Source; a pronoun Source stands for the last
 *   named Source before it; compared by surname (people) or head noun (unnamed sources).
 * - Split: an article is in the held-aside test part when the first byte of SHA-1(file name) < 52
 *   (about 20%); rules were tuned on the dev part only. Errors of the dev part go to
 *   bench/results/quotes-errors-dev.txt (pass `--errors-for test` to write the test part's instead).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusPath, projectRoot } from '../tests/support/corpus.js';
import { readPolnear } from './polnear/read-polnear.js';
import { addCounts, emptyCounts, scoreDoc, type QuoteCounts, type QuoteError } from './polnear/score-quotes.js';

const isTest = (name: string): boolean => createHash('sha1').update(name).digest()[0]! < 52;
const errorsFor = process.argv.includes('--errors-for') ? process.argv[process.argv.indexOf('--errors-for') + 1] : 'dev';

const started = performance.now();
const docs = readPolnear(corpusPath('polnear', 'train'));
const parts: Record<'dev' | 'test' | 'all', { docs: number; counts: QuoteCounts; errors: QuoteError[] }> = {
  dev: { docs: 0, counts: emptyCounts(), errors: [] },
  test: { docs: 0, counts: emptyCounts(), errors: [] },
  all: { docs: 0, counts: emptyCounts(), errors: [] },
};
for (const doc of docs) {
  const part = isTest(doc.name) ? parts.test : parts.dev;
  const errors: QuoteError[] = [];
  const counts = scoreDoc(doc, errors);
  for (const p of [part, parts.all]) {
    p.docs += 1;
    addCounts(p.counts, counts);
    p.errors.push(...errors);
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '  n/a' : (n / d).toFixed(3));
console.log('PolNeAR train, direct quotes (overlap ≥ 0.3 of the shorter span)\n');
console.log('part  articles  gold  predicted  precision  recall  F1     speaker  partial-quotes(speaker)  precision-if-partials-were-errors');
for (const [name, p] of Object.entries(parts)) {
  const c = p.counts;
  const precision = c.truePositives / Math.max(1, c.predicted);
  const recall = c.found / Math.max(1, c.gold);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  console.log(
    `${name.padEnd(5)} ${String(p.docs).padStart(8)} ${String(c.gold).padStart(5)} ${String(c.predicted).padStart(10)}  ${pct(c.truePositives, c.predicted).padStart(9)}  ${pct(c.found, c.gold).padStart(6)}  ${f1.toFixed(3)}  ${pct(c.speakerRight, c.speakerChecked).padStart(7)}  ${c.neutral} (${pct(c.neutralRight, c.neutralChecked)})`.padEnd(24) + `  ${pct(c.truePositives, c.predicted + c.neutral)}`,
  );
}

const kinds = new Map<string, number>();
for (const e of parts.all.errors) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
console.log('\nerror kinds (all articles)');
for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${k}`);

const chosen = errorsFor === 'test' ? parts.test : parts.dev;
const byDoc = new Map<string, QuoteError[]>();
for (const e of chosen.errors) byDoc.set(e.doc, [...(byDoc.get(e.doc) ?? []), e]);
const lines = [...byDoc].flatMap(([doc, es]) => [`## ${doc}`, ...es.map((e) => `- [${e.kind}] ${e.detail}`), '']);
const outDir = resolve(projectRoot, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
const outFile = resolve(outDir, `quotes-errors-${errorsFor === 'test' ? 'test' : 'dev'}.txt`);
writeFileSync(outFile, lines.join('\n'));
console.log(`\nper-article errors (${errorsFor} part): ${outFile}`);
console.log(`${docs.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
