import type { Article } from '../../../core/article.js';
import { candidateSentences, type CandidateSentence } from './candidate-sentences.js';
import { DEFAULT_WEIGHTS, rankSentences, sentenceVectors, type RankingWeights } from './rank-sentences.js';
import { namesPersonBetween } from './pronoun-referent.js';
import { containment, cosine, type TermVector } from './term-vectors.js';

export interface ExtractiveSummary {
  tldr: string;
  bullets: string[];
}

export interface SummaryOptions {
  /** At most this many bullets (3–5 by article length when not given). */
  maxBullets?: number;
  /** Ranking weights, for evaluation; the defaults are tuned. */
  weights?: RankingWeights;
}

/** Two sentences more similar than this say the same thing; only the better-ranked one is kept. */
const REDUNDANT = 0.45;
/** A sentence whose content words are nearly all in one already taken adds nothing (a caption restating the lead). */
const CONTAINED = 0.8;
/** A digest promises at least this many bullets: weak sentences may make up the number. */
const MIN_BULLETS = 3;
/** Score given up for each sentence already taken from the same section: a digest covers the whole story. */
const SAME_SECTION_PENALTY = 0.6;

/**
 * A one-sentence TL;DR and 3–5 bullets, each a sentence of the article verbatim, in article order.
 * The TL;DR is the best-ranked sentence (central and early); it is shown once, never again among the
 * bullets, so a digest reads as the TL;DR and then 3–5 further points. A sentence that leans on the
 * one before it ("He is, of course, the Iranian foreign minister.") is shown only right after that
 * sentence, so it reads as the article has it. Never throws.
 */
export function summarizeArticle(article: Article, options: SummaryOptions = {}): ExtractiveSummary {
  try {
    return summarize(article, options);
  } catch {
    // A summary is best-effort: a malformed article gives an empty one rather than a failed digest.
    return { tldr: '', bullets: [] };
  }
}

function summarize(article: Article, options: SummaryOptions): ExtractiveSummary {
  const candidates = candidateSentences(article);
  if (candidates.length === 0) return { tldr: '', bullets: [] };
  const { vectors, headline } = sentenceVectors(
    candidates.map((c) => c.text),
    article.title,
  );
  const scores = rankSentences(vectors, candidates, headline, options.weights ?? DEFAULT_WEIGHTS);
  const wanted = 1 + bulletCount(article.words, options.maxBullets);
  const chosen = pickDistinct(article, candidates, vectors, scores, wanted);
  const [tldr, ...rest] = chosen;
  const bullets = rest
    .map((i) => candidates[i] as CandidateSentence)
    .sort((a, b) => a.position - b.position)
    .map((c) => c.text);
  return { tldr: tldr === undefined ? '' : (candidates[tldr] as CandidateSentence).text, bullets };
}

/** 3 bullets for a short story, 4 from 800 words, 5 from 1,500; never more than asked. */
function bulletCount(words: number, maxBullets: number | undefined): number {
  const byLength = words >= 1500 ? 5 : words >= 800 ? 4 : 3;
  const cap = maxBullets === undefined || !Number.isFinite(maxBullets) ? 5 : Math.floor(maxBullets);
  return Math.max(0, Math.min(byLength, cap));
}

/**
 * Indices of up to `wanted` candidates, best first: greedy, skipping any that repeats one already
 * taken, and discounting sentences from a section (between headings) already drawn on. A sentence
 * that leans on the one before it is taken only where it is shown right after that sentence (never
 * as the TL;DR, unless nothing else at all can be); a weak one (caption, kicker) only to reach the
 * three bullets a digest promises; a teaser is not the TL;DR when a sentence that tells the news can be.
 */
function pickDistinct(article: Article, candidates: CandidateSentence[], vectors: TermVector[], scores: number[], wanted: number): number[] {
  const chosen: number[] = [];
  const perSection = new Map<number, number>();
  const tellingTldr = candidates.some((c) => !c.dangling && !c.weak && !c.teaser);
  const fill = (upTo: number, allowWeak: boolean): void => {
    while (chosen.length < upTo) {
      let best = -1;
      let bestScore = -Infinity;
      candidates.forEach((c, i) => {
        if ((c.weak && !allowWeak) || chosen.includes(i)) return;
        if ((c.dangling || chosen.some((j) => (candidates[j] as CandidateSentence).dangling)) && !readsInOrder(article, candidates, [...chosen, i])) return;
        if (chosen.length === 0 && c.teaser && tellingTldr) return;
        if (chosen.some((j) => repeats(vectors[i] as TermVector, vectors[j] as TermVector))) return;
        const s = (scores[i] as number) - SAME_SECTION_PENALTY * (perSection.get(c.section) ?? 0);
        if (s > bestScore) {
          best = i;
          bestScore = s;
        }
      });
      if (best < 0) return;
      chosen.push(best);
      const section = (candidates[best] as CandidateSentence).section;
      perSection.set(section, (perSection.get(section) ?? 0) + 1);
    }
  };
  fill(wanted, false);
  fill(Math.min(wanted, 1 + MIN_BULLETS), true);
  if (chosen.length === 0 && wanted > 0 && candidates.length > 0) {
    const top = scores.reduce((b, s, i) => (s > (scores[b] as number) ? i : b), 0);
    return [top];
  }
  return chosen;
}

/** True when one sentence says what the other already says. */
function repeats(a: TermVector, b: TermVector): boolean {
  return cosine(a, b) > REDUNDANT || containment(a, b) >= CONTAINED;
}

/**
 * True when every sentence that leans on the one before it ("He is, of course, the Iranian foreign
 * minister.", "Instead, there was Bob Barker…") is shown right after that sentence, as the article
 * has it: the TL;DR first, then the bullets in article order. A "he" or "she" also needs someone who
 * fits named in the run of sentences shown with it. A sentence cut mid-quotation never reads well.
 */
function readsInOrder(article: Article, candidates: CandidateSentence[], chosen: number[]): boolean {
  const [tldr, ...rest] = chosen.map((i) => candidates[i] as CandidateSentence);
  if (tldr === undefined) return true;
  const shown = [tldr, ...rest.sort((a, b) => a.position - b.position)];
  let runStart = 0;
  return shown.every((c, k) => {
    const follows = k > 0 && (shown[k - 1] as CandidateSentence).position === c.position - 1;
    if (!follows) runStart = k;
    if (!c.dangling) return true;
    if (!follows || !c.leansOnPrevious) return false;
    return c.pronoun === null || namesPersonBetween(article, (shown[runStart] as CandidateSentence).start, c.start, c.pronoun);
  });
}
