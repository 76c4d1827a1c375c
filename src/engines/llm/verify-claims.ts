/**
 * Checks a model-written sentence (a bullet, the TL;DR) against the article: every number and
 * every proper name in it must appear somewhere in the article.
 */
export interface ClaimVocabulary {
  /** Numbers in the article, as digit strings ("30", "2022", "3.5"); number words counted too. */
  numbers: Set<string>;
  /** Every word in the article, folded (lower case, no accents, no possessive). */
  words: Set<string>;
  /** Words the article writes in lower case somewhere (so they are not only names). */
  lowerWords: Set<string>;
}

const NUMBER_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16',
  seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50',
  sixty: '60', seventy: '70', eighty: '80', ninety: '90', hundred: '100', thousand: '1000', dozen: '12',
  first: '1', second: '2', third: '3', fourth: '4', fifth: '5', half: '50',
};

const NUMBER = /\d+(?:[.,]\d+)*/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.]*/gu;

/** Lower case, accents off, possessive and trailing dots off: "Zelenskyy’s" → "zelenskyy". */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s?$/u, '')
    .replace(/\.+$/u, '');
}

const canonicalNumber = (n: string): string => n.replace(/,(?=\d{3}\b)/gu, '');

export function claimVocabulary(text: string): ClaimVocabulary {
  const numbers = new Set<string>();
  const words = new Set<string>();
  const lowerWords = new Set<string>();
  for (const m of text.matchAll(NUMBER)) numbers.add(canonicalNumber(m[0]));
  // Folding the whole text once is far cheaper than folding each word.
  const plain = /[^\x00-\x7F]/u.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
  for (const m of plain.matchAll(WORD)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    const w = /['’.s]$/u.test(lower) ? lower.replace(/['’]s?$/u, '').replace(/\.+$/u, '') : lower;
    words.add(w);
    if (raw[0] === lower[0]) lowerWords.add(w);
    for (const part of w.split(/[.'’]/u)) if (part) words.add(part);
    const n = NUMBER_WORDS[w];
    if (n !== undefined) numbers.add(n);
  }
  return { numbers, words, lowerWords };
}

export type ClaimCheck = { ok: true } | { ok: false; reason: 'claim_number_unsupported' | 'claim_name_unsupported'; token: string };

/** Words that open a sentence without naming anything. */
const SENTENCE_OPENERS = new Set(
  'the a an this that these those it its he she his her they their we our you i in on at after before while as but and or so however meanwhile despite for with both some many most no not once still yet also only even according although though when where if because since until over under amid among between about during officials critics analysts experts observers'.split(
    ' ',
  ),
);

/** True when the article writes the word, or another form of it ("Negotiators" / "negotiating"), in lower case. */
function usedInLowerCase(vocabulary: ClaimVocabulary, word: string): boolean {
  if (vocabulary.lowerWords.has(word)) return true;
  if (word.length < 6) return false;
  const stem = word.slice(0, Math.max(5, word.length - 4));
  for (const w of vocabulary.lowerWords) if (w.startsWith(stem)) return true;
  return false;
}

/**
 * Capitalised words that name something. A sentence's first word counts as a name only when it is
 * neither a common opener nor a word the article uses in lower case.
 */
function properNames(sentence: string, vocabulary: ClaimVocabulary): string[] {
  const names: string[] = [];
  const tokens = [...sentence.matchAll(/(?<![\p{L}\p{N}'’])\p{L}[\p{L}\p{N}'’.-]*/gu)];
  tokens.forEach((m, i) => {
    const token = m[0];
    if (!/^\p{Lu}/u.test(token) || token === 'I') return;
    const before = sentence.slice(0, m.index).trimEnd();
    const sentenceStart = before === '' || /[.!?:;"“(—–-]$/u.test(before);
    const next = tokens[i + 1]?.[0] ?? '';
    const nextIsName = /^\p{Lu}/u.test(next) && /^\s+$/u.test(sentence.slice((m.index ?? 0) + token.length, tokens[i + 1]?.index));
    const lower = foldWord(token);
    if (sentenceStart && !nextIsName && (SENTENCE_OPENERS.has(lower) || usedInLowerCase(vocabulary, lower))) return;
    for (const part of token.split(/-/u)) if (/^\p{Lu}/u.test(part)) names.push(part);
  });
  return names;
}

/** Accepts a sentence whose numbers and proper names all occur in the article. */
export function verifyClaim(vocabulary: ClaimVocabulary, sentence: string): ClaimCheck {
  for (const m of sentence.matchAll(NUMBER)) {
    const n = canonicalNumber(m[0]);
    if (!vocabulary.numbers.has(n)) return { ok: false, reason: 'claim_number_unsupported', token: m[0] };
  }
  for (const name of properNames(sentence, vocabulary)) {
    const w = foldWord(name);
    if (w !== '' && !vocabulary.words.has(w)) return { ok: false, reason: 'claim_name_unsupported', token: name };
  }
  return { ok: true };
}
