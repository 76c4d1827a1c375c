import { analyzeQuotes, type QuoteCandidate } from '../../src/engines/extractive/quotes/analyze-quotes.js';
import { speakerKindOf } from '../../src/engines/extractive/quotes/resolve-speaker.js';
import { mapRawArticle } from './raw-article.js';
import type { GoldAttribution, PolnearDoc, Range } from './read-polnear.js';
import { isDefiniteDescription, isPronounSource, speakerMatches } from './speaker-match.js';

/** A gold direct quote with its Source resolved past pronouns (and the description it stands for, if any). */
export interface GoldQuote {
  ranges: Range[];
  source: string | null;
  /** A definite description as written ("the candidate"): the prediction may match it or its referent. */
  described?: string | null;
}

/** One error to learn from. */
export interface QuoteError {
  kind: string;
  doc: string;
  detail: string;
}

/** Counts for one article, summed over the split. */
export interface QuoteCounts {
  predicted: number;
  neutral: number;
  truePositives: number;
  gold: number;
  found: number;
  speakerChecked: number;
  speakerRight: number;
  neutralChecked: number;
  neutralRight: number;
}

export const emptyCounts = (): QuoteCounts => ({
  predicted: 0, neutral: 0, truePositives: 0, gold: 0, found: 0, speakerChecked: 0, speakerRight: 0, neutralChecked: 0, neutralRight: 0,
});

const len = (r: Range[]): number => r.reduce((s, [a, b]) => s + (b - a), 0);
const overlap = (p: Range, g: Range[]): number => g.reduce((s, [a, b]) => s + Math.max(0, Math.min(p[1], b) - Math.max(p[0], a)), 0);
const overlapsAny = (p: Range, ranges: Range[]): boolean => overlap(p, ranges) > 0;
const spanMatch = (p: Range, g: Range[]): boolean => {
  const o = overlap(p, g);
  return o > 0 && o >= 0.3 * Math.min(p[1] - p[0], len(g));
};

/**
 * A pronoun Source stands for the last named Source before it in the same annotation; so does a
 * definite description without a name ("the candidate"), which a prediction may also match as written.
 */
function resolveSources(attrs: GoldAttribution[]): Array<string | null> {
  const named = attrs
    .filter((a) => a.source !== null && !isPronounSource(a.source) && !isDefiniteDescription(a.source))
    .sort((a, b) => a.sourceStart - b.sourceStart);
  return attrs.map((a) => {
    if (a.source === null || (!isPronounSource(a.source) && !isDefiniteDescription(a.source))) return a.source;
    const before = named.filter((n) => n.sourceStart < a.sourceStart).pop();
    return before?.source ?? null;
  });
}

/**
 * Gold direct quotes of an article. Articles annotated twice: the annotation with more direct
 * quotes is primary, and the other's direct quotes that overlap none of them are added (a quote is
 * gold when either annotator marked it).
 */
export function goldQuotes(doc: PolnearDoc): GoldQuote[] {
  const perAnnotator = doc.annotations.map((attrs) => {
    const sources = resolveSources(attrs);
    return attrs.flatMap((a, i) =>
      a.direct ? [{ ranges: a.content, source: sources[i] ?? null, described: a.source !== null && isDefiniteDescription(a.source) ? a.source : null }] : [],
    );
  });
  perAnnotator.sort((a, b) => b.length - a.length);
  const gold: GoldQuote[] = [...(perAnnotator[0] ?? [])];
  for (const other of perAnnotator.slice(1)) {
    for (const q of other) if (!gold.some((g) => q.ranges.some((r) => overlapsAny(r, g.ranges)))) gold.push(q);
  }
  return gold;
}

/** Content of indirect attributions: a quoted phrase inside them is a partial quote, not a false positive. */
function indirectContents(doc: PolnearDoc): Array<{ ranges: Range[]; source: string | null }> {
  return doc.annotations.flatMap((attrs) => {
    const sources = resolveSources(attrs);
    return attrs.flatMap((a, i) => (a.direct ? [] : [{ ranges: a.content, source: sources[i] ?? null }]));
  });
}

function phraseKind(c: QuoteCandidate): string {
  if (!c.phrase) return 'continuation';
  const words = c.phrase.tokens.filter((t) => t.kind === 'word');
  if (words.length === 1 && /^(?:he|she|they|it)$/iu.test(words[0]!.text)) return `${c.phrase.kind}/pronoun`;
  return c.phrase.kind;
}

/** Scores one article and collects its errors. */
export function scoreDoc(doc: PolnearDoc, errors: QuoteError[]): QuoteCounts {
  const counts = emptyCounts();
  const { article, toRaw } = mapRawArticle(doc.text, doc.name);
  const { candidates } = analyzeQuotes(article);
  const rawOf = (c: QuoteCandidate): Range => [toRaw(c.start), toRaw(c.end - 1) + 1];
  const ctx = (r: Range): string => doc.text.slice(Math.max(0, r[0] - 90), r[1] + 70).replace(/\s+/gu, ' ');
  const gold = goldQuotes(doc);
  const indirect = indirectContents(doc);
  const found = new Set<GoldQuote>();
  for (const c of candidates) {
    if (!c.speaker) continue;
    const p = rawOf(c);
    const kind = speakerKindOf(c.speaker);
    const g = gold.filter((q) => spanMatch(p, q.ranges)).sort((a, b) => overlap(p, b.ranges) - overlap(p, a.ranges))[0];
    if (g) {
      counts.predicted += 1;
      counts.truePositives += 1;
      found.add(g);
      if (g.source !== null || g.described) {
        counts.speakerChecked += 1;
        const right = (g.source !== null && speakerMatches(c.speaker.name, kind, g.source)) || (g.described != null && speakerMatches(c.speaker.name, kind, g.described));
        if (right) counts.speakerRight += 1;
        else errors.push({ kind: `wrong speaker: ${phraseKind(c)}`, doc: doc.name, detail: `got "${c.speaker.name}" want "${g.source}" :: ${ctx(p)}` });
      }
      continue;
    }
    const inside = indirect.find((q) => overlap(p, q.ranges) >= 0.5 * (p[1] - p[0]));
    if (inside) {
      counts.neutral += 1;
      if (inside.source !== null) {
        counts.neutralChecked += 1;
        if (speakerMatches(c.speaker.name, kind, inside.source)) counts.neutralRight += 1;
      }
      continue;
    }
    counts.predicted += 1;
    const words = doc.text.slice(p[0], p[1]).split(/\s+/u).length;
    errors.push({ kind: `false positive: ${words <= 3 ? 'fragment' : 'full'} via ${phraseKind(c)}`, doc: doc.name, detail: `"${c.speaker.name}" :: ${ctx(p)}` });
  }
  counts.gold = gold.length;
  counts.found = found.size;
  for (const g of gold) {
    if (found.has(g)) continue;
    const r: Range = [g.ranges[0]![0], g.ranges[g.ranges.length - 1]![1]];
    const seen = candidates.some((c) => overlapsAny(rawOf(c), g.ranges));
    errors.push({ kind: seen ? 'miss: quote found, no speaker' : 'miss: quote marks not paired', doc: doc.name, detail: `want "${g.source}" :: ${ctx(r)}` });
  }
  return counts;
}

/** Adds b into a. */
export function addCounts(a: QuoteCounts, b: QuoteCounts): void {
  for (const k of Object.keys(a) as Array<keyof QuoteCounts>) a[k] += b[k];
}
