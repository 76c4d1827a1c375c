import { porterStem } from './porter-stem.js';

/** Precision, recall and F1 of one ROUGE measure, each in 0..1. */
export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  /** Summary-level ROUGE-L (union LCS over sentences), as ROUGE-1.5.5 and rouge-score's rougeLsum compute it. */
  rougeL: RougeScore;
  /** Sentence-level ROUGE-L: one LCS of the whole texts (rouge-score's rougeL). */
  rougeLFlat: RougeScore;
}

/**
 * Tokens as rouge-score makes them: lower-case, anything but a–z/0–9 is a space,
 * Porter stem on tokens longer than three letters.
 */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((t) => t !== '')
    .map((t) => (t.length > 3 ? porterStem(t) : t));
}

/** Scores a candidate against a reference; each is a list of sentences. */
export function rouge(candidate: string[], reference: string[]): RougeScores {
  const cand = candidate.map(rougeTokens);
  const ref = reference.map(rougeTokens);
  const candFlat = cand.flat();
  const refFlat = ref.flat();
  return {
    rouge1: ngramScore(candFlat, refFlat, 1),
    rouge2: ngramScore(candFlat, refFlat, 2),
    rougeL: unionLcsScore(cand, ref),
    rougeLFlat: score(lcsTable(candFlat, refFlat).length, candFlat.length, refFlat.length),
  };
}

function score(hits: number, candidateCount: number, referenceCount: number): RougeScore {
  const precision = candidateCount > 0 ? hits / candidateCount : 0;
  const recall = referenceCount > 0 ? hits / referenceCount : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i += 1) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function ngramScore(cand: string[], ref: string[], n: number): RougeScore {
  const c = ngramCounts(cand, n);
  const r = ngramCounts(ref, n);
  let hits = 0;
  for (const [key, count] of c) hits += Math.min(count, r.get(key) ?? 0);
  return score(hits, Math.max(cand.length - n + 1, 0), Math.max(ref.length - n + 1, 0));
}

/** The reference positions of one longest common subsequence of a and b. */
function lcsTable(a: string[], b: string[]): number[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      table[i * cols + j] =
        a[i - 1] === b[j - 1]
          ? (table[(i - 1) * cols + j - 1] as number) + 1
          : Math.max(table[(i - 1) * cols + j] as number, table[i * cols + j - 1] as number);
    }
  }
  const positions: number[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      positions.push(j - 1);
      i -= 1;
      j -= 1;
    } else if ((table[(i - 1) * cols + j] as number) >= (table[i * cols + j - 1] as number)) i -= 1;
    else j -= 1;
  }
  return positions.reverse();
}

/** Lin (2004) summary-level LCS: per reference sentence, the union of its LCS hits with every candidate sentence. */
function unionLcsScore(cand: string[][], ref: string[][]): RougeScore {
  const refCounts = ngramCounts(ref.flat(), 1);
  const candCounts = ngramCounts(cand.flat(), 1);
  let hits = 0;
  for (const refSentence of ref) {
    const union = new Set<number>();
    for (const candSentence of cand) for (const p of lcsTable(candSentence, refSentence)) union.add(p);
    for (const p of [...union].sort((x, y) => x - y)) {
      const token = refSentence[p] as string;
      const inRef = refCounts.get(token) ?? 0;
      const inCand = candCounts.get(token) ?? 0;
      // Each token is credited no more often than it occurs on both sides (rouge-score's rule).
      if (inRef > 0 && inCand > 0) {
        hits += 1;
        refCounts.set(token, inRef - 1);
        candCounts.set(token, inCand - 1);
      }
    }
  }
  return score(hits, cand.flat().length, ref.flat().length);
}
