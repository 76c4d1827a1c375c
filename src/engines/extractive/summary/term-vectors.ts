/** Content words of a sentence, weighted by tf-idf over the article's sentences, for cosine similarity. */
export type TermVector = Map<string, number>;

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each even few for from further had has have ' +
    'having he her here hers herself him himself his how i if in into is it its itself just me more most my ' +
    'myself no nor not now of off on once only or other our ours ourselves out over own same she should so some ' +
    'such than that the their theirs them themselves then there these they this those through to too under until ' +
    'up very was we were what when where which while who whom why will with would you your yours yourself ' +
    'said says say saying told tell according added mr mrs ms one two new also last year years time would could ' +
    'may might must shall us get got like well back still many much since'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

/** A light suffix stripper (plural, -ing, -ed, possessive): cheap, and enough to match "talks"/"talked". */
export function stemWord(word: string): string {
  let w = word.replace(/[’']s?$/u, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !/(?:ss|us|is)$/u.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** The stemmed content words of a text, lower-case, stopwords removed, in order. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const word = m[0];
    if (STOPWORDS.has(word) || STOPWORDS.has(word.replace(/[’']s$/u, ''))) continue;
    out.push(stemWord(word));
  }
  return out;
}

/** tf-idf vectors for a list of term lists; idf is computed over the list itself. */
export function tfIdfVectors(termLists: string[][]): TermVector[] {
  const df = new Map<string, number>();
  for (const terms of termLists) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = termLists.length;
  return termLists.map((terms) => {
    const v: TermVector = new Map();
    for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, tf * Math.log((n + 1) / (df.get(t) ?? 1)));
    return v;
  });
}

/** Vector lengths, computed once per vector: ranking compares every pair of sentences. */
const norms = new WeakMap<TermVector, number>();

function norm(v: TermVector): number {
  let n = norms.get(v);
  if (n === undefined) {
    n = 0;
    for (const w of v.values()) n += w * w;
    n = Math.sqrt(n);
    norms.set(v, n);
  }
  return n;
}

/** Cosine similarity of two vectors, 0 when either is empty. */
export function cosine(a: TermVector, b: TermVector): number {
  const na = norm(a);
  const nb = norm(b);
  if (na === 0 || nb === 0) return 0;
  let dot = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [t, w] of small) {
    const other = large.get(t);
    if (other !== undefined) dot += w * other;
  }
  return dot / (na * nb);
}

/** Share of the smaller vector's terms that the other also has (0..1): "Youssif holds his sister's hand" inside a longer lead. */
export function containment(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const t of small.keys()) if (large.has(t)) shared += 1;
  return shared / small.size;
}
