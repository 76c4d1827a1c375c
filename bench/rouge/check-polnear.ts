import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildArticle } from '../../src/core/article.js';
import { summarizeArticle } from '../../src/engines/extractive/summary/summarize-article.js';
import { corpusPath } from '../../tests/support/corpus.js';

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** Checks written apart from the summarizer's own filters, so they can catch what those miss. */
const FURNITURE = /leave a reply|required fields|share this|newsletter|cookies|subscribe|click here|all rights reserved|»\s*$/iu;
const LEANING = /^[“"‘']?(?:he|she|they|it|this|these|those|but|and|yet|instead|however)\b/iu;
const QUOTE_ONLY = /^[“"][^“”"]*[”"]\s*$/u;
/** “It’s fine,” Trump said of waterboarding. — the attribution says what the quotation's pronoun means. */
const SAID_OF = /^[“"].*[”"],?\s+(?:[\p{L}.’'-]+\s+){1,6}(?:said|says|wrote|added|continued)\s+of\s/u;
const PRONOUN_QUOTE = /^[“"].*[”"],?\s+(?:he|she|they)\s+(?:said|says|added|told)/iu;

/** Summarises every PolNeAR training article and counts bullets that break the digest rules. */
export function checkPolnearBullets(): void {
  const dir = corpusPath('polnear', 'train', 'text');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const problems = { notVerbatim: 0, headline: 0, heading: 0, furniture: 0, leaning: 0, quoteOnly: 0, pronounQuote: 0, repeated: 0, outOfOrder: 0 };
  const bulletCounts = new Map<number, number>();
  const times: number[] = [];
  let emptyTldr = 0;
  let bulletsSeen = 0;
  let leansOnShown = 0;
  for (const file of files) {
    const raw = readFileSync(resolve(dir, file), 'utf8').replace(/\r\n?/gu, '\n');
    const [titleLine = '', ...rest] = raw.split(/\n\s*\n/u).map((p) => p.trim());
    const blocks = rest
      .filter((p) => p !== '')
      .map((text) => ({ kind: (/[.!?"”’:)]$/u.test(text) || text.split(/\s+/u).length > 14 ? 'paragraph' : 'heading') as 'paragraph' | 'heading', text }));
    const article = buildArticle({ title: titleLine, source: file, blocks });
    const t0 = performance.now();
    const { tldr, bullets } = summarizeArticle(article);
    times.push(performance.now() - t0);
    if (tldr === '') emptyTldr += 1;
    bulletCounts.set(bullets.length, (bulletCounts.get(bullets.length) ?? 0) + 1);
    const headings = article.blocks.filter((b) => b.kind === 'heading').map((b) => norm(article.text.slice(b.start, b.end)));
    let last = -1;
    const all = [tldr, ...bullets].filter((s) => s !== '');
    if (new Set(all).size !== all.length) problems.repeated += 1;
    // Shown order: the TL;DR, then the bullets. A sentence may lean on the one shown right before it
    // when that is the sentence before it in the article (only spaces between them).
    let prevEnd = -1;
    for (const s of all) {
      bulletsSeen += 1;
      const at = article.text.indexOf(s);
      const followsShown = prevEnd >= 0 && at >= prevEnd && /^\s*$/u.test(article.text.slice(prevEnd, at));
      prevEnd = at < 0 ? -1 : at + s.length;
      if (at < 0) problems.notVerbatim += 1;
      if (norm(s) === norm(titleLine)) problems.headline += 1;
      if (headings.includes(norm(s))) problems.heading += 1;
      if (FURNITURE.test(s)) problems.furniture += 1;
      if (LEANING.test(s) && !SAID_OF.test(s)) (followsShown ? (leansOnShown += 1) : (problems.leaning += 1));
      if (QUOTE_ONLY.test(s) && !followsShown) problems.quoteOnly += 1;
      if (PRONOUN_QUOTE.test(s) && !followsShown) problems.pronounQuote += 1;
    }
    for (const b of bullets) {
      const at = article.text.indexOf(b);
      if (at < last) problems.outOfOrder += 1;
      last = at;
    }
  }
  times.sort((a, b) => a - b);
  console.log(`\nPolNeAR sanity set: ${files.length} articles (train/text; title = first line), ${bulletsSeen} TL;DR+bullet sentences`);
  console.log(`bullets per article: ${[...bulletCounts].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}→${v}`).join(', ')}; empty TL;DR: ${emptyTldr}`);
  console.log('sentences breaking a rule (checked by separate regexes, not the summarizer\'s own):');
  console.log(`  (not a break: ${leansOnShown} leaning sentences shown right after the sentence they lean on)`);
  for (const [k, v] of Object.entries(problems)) console.log(`  ${k.padEnd(13)} ${v}`);
  console.log(`summary time per article: median ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(2)} ms, p95 ${(times[Math.floor(times.length * 0.95)] ?? 0).toFixed(2)} ms (first run, not warmed)`);
}
