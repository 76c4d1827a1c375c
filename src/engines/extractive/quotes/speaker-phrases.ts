/** Finding the words that name a speaker around a quote: subjects, inverted subjects, appositions. */
import { CUE_VERBS, isSpeechVerb, PARTICLE_VERBS } from './speech-verbs.js';
import type { Token } from './tokenize-paragraph.js';

/** Auxiliaries and adverbs that may sit between a subject and its reporting verb (“Rubio has also said”). */
export const AUX = new Set(
  'has had have would will was is were are did does do could might can may should must also later then just again once still even never ever not n’t has’ previously recently reportedly repeatedly quickly simply flatly bluntly publicly privately frequently often first had’ already'.split(
    ' ',
  ),
);
/** Words that end a noun phrase when walking back from a verb. */
export const BOUNDARY = new Set(
  'and but while as when because though although since after before if so yet or nor than that which who whom whose where whereas unless until despite like unlike what how why said says told'.split(' '),
);
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight later recently earlier afterward afterwards then again also once privately publicly simply flatly'.split(' '),
);
const NP_STOP_AFTER = new Set('in on at during after before when as while about of from to who which that because since if with for'.split(' '));
/** Personal pronouns that can stand as a speaker phrase. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);


/** The token is a word. */
export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
/** The token is one of these punctuation marks. */
export const isPunct = (t: Token | undefined, marks: string): boolean => t !== undefined && t.kind === 'punct' && marks.includes(t.text);
/** The token is a lowercase form from this verb list. */
export const isVerb = (t: Token | undefined, verbs: ReadonlySet<string>): boolean => isWord(t) && !t.cap && verbs.has(t.lower);
/** A reporting verb at token i ("said", "went on", "points out"). */
export const isSpeechAt = (tokens: Token[], i: number): boolean => {
  const t = tokens[i];
  if (!isWord(t) || t.cap || !isSpeechVerb(t.lower, tokens[i + 1]?.kind === 'word' ? tokens[i + 1]!.lower : undefined)) return false;
  const prev = tokens[i - 1];
  // "said in an emailed statement": after an article the form is an adjective, not a reporting verb.
  if (isWord(prev) && /^(?:a|an|the)$/u.test(prev.lower)) return false;
  if (!NOUN_LIKE.has(t.lower)) return true;
  // "her primary challenge from Bernie Sanders" is a noun; "Trump claims", "he would challenge" are verbs.
  return isWord(prev) && (prev.cap || PRONOUNS.has(prev.lower) || AUX.has(prev.lower) || prev.lower === 'to');
};
/** A verb that frames a quoted word at token i ("dismissed … as", "labeling"), not a noun look-alike ("her primary challenge"). */
export const isCueAt = (tokens: Token[], i: number): boolean => isVerb(tokens[i], CUE_VERBS) && (!NOUN_LIKE.has(tokens[i]!.lower) || isSpeechAt(tokens, i));
/** Reporting verbs whose bare and -s forms are also common nouns (a challenge, the reports). */
const NOUN_LIKE = new Set(
  'challenge challenges question questions comment comments report reports answer answers reply replies claim claims charge charges state states post posts protest protests note notes tweet tweets text texts email emails message messages quip quips joke jokes plea pledge pledges promise promises vow vows warning warn boast boasts'.split(' '),
);
/** Index just past the verb at i (and its particle, if it has one). */
export const pastVerb = (tokens: Token[], i: number): number => (PARTICLE_VERBS.get(tokens[i]!.lower) === tokens[i + 1]?.lower ? i + 1 : i);
const FUNCTION_WORDS = new Set('a an the of to in on at by for with from as and or but that this these those its his her their our my your which who'.split(' '));
/** The phrase ends in a content word, not "with a" or "by". */
export const endsInContent = (np: Token[]): boolean => {
  const words = np.filter(isWord);
  const last = words[words.length - 1];
  return last !== undefined && (last.cap || !FUNCTION_WORDS.has(last.lower) || words.length === 1);
};

/** Token index range [lo, hi] of the sentence holding token i. */
export function sentenceRange(tokens: Token[], i: number): [number, number] {
  const s = tokens[i]!.sentence;
  let lo = i;
  let hi = i;
  while (lo > 0 && tokens[lo - 1]!.sentence === s) lo -= 1;
  while (hi + 1 < tokens.length && tokens[hi + 1]!.sentence === s) hi += 1;
  return [lo, hi];
}

/** The noun phrase ending at token j, walking back to a clause boundary (at most 10 words). */
export function npEndingAt(tokens: Token[], j: number, lo: number): Token[] {
  const out: Token[] = [];
  for (let k = j; k >= lo && out.length < 10; k -= 1) {
    const t = tokens[k]!;
    if (!isWord(t) || (BOUNDARY.has(t.lower) && !t.cap) || (out.length > 0 && isSpeechAt(tokens, k))) break;
    out.unshift(t);
  }
  return out;
}

const FRONTED_START = /^(?:here|there|in|on|at|after|before|when|while|as|during|since|asked|speaking|following|with|without|despite|meanwhile|later|earlier|then|now|still|yet|but|and|so|also)$/iu;
const COMMON_VERBS = /^(?:is|was|are|were|has|had|have|sent|released|posted|issued|put|made|gave|took|wrote|told|said|stepped|went|came|got|spoke|met|held|ran|won|lost|called|left|kept|began|became|did|does|do)$/u;

/** The noun phrase opening the clause tokens[lo..end): what comes before its first verb-looking word. */
export function clauseSubject(tokens: Token[], lo: number, end: number): Token[] | null {
  let from = lo;
  const first = tokens[lo];
  if (isWord(first) && (FRONTED_START.test(first.lower) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first.text))) {
    for (let k = lo; k < end; k += 1) {
      if (isPunct(tokens[k], ',')) {
        from = k + 1;
        break;
      }
    }
  }
  // "…, and he foreshadowed … by urging": a leading conjunction is no part of the subject, nor is a
  // dateline ("TALLAHASSEE — Democratic U.S. Rep. Gwen Graham on Friday pummeled …").
  while (from < end && isWord(tokens[from]) && /^(?:and|but|so)$/iu.test(tokens[from]!.text)) from += 1;
  if (from + 1 < end && isWord(tokens[from]) && /^\p{Lu}{3,}$/u.test(tokens[from]!.text) && isPunct(tokens[from + 1], '—–')) from += 2;
  const out: Token[] = [];
  for (let k = from; k < end && out.length < 8; k += 1) {
    const t = tokens[k]!;
    if (!isWord(t)) break;
    if (out.length > 0 && !t.cap && (COMMON_VERBS.test(t.lower) || /[^e]ed$|ied$/u.test(t.lower) || isSpeechAt(tokens, k) || CUE_VERBS.has(t.lower))) break;
    out.push(t);
  }
  return out.length > 0 ? out : null;
}

/** The subject of the verb at index v: the phrase before it, skipping auxiliaries and a parenthetical. */
export function subjectBefore(tokens: Token[], v: number, lo: number): Token[] | null {
  let j = v - 1;
  while (j >= lo && isWord(tokens[j]) && !tokens[j]!.cap && (AUX.has(tokens[j]!.lower) || /ly$/u.test(tokens[j]!.lower))) j -= 1;
  if (j < lo) return null;
  // "Obama punctuated his list by saying “Too many.”", "… incurred a wave of boos upon saying, “…”":
  // the clause's subject says it.
  const byParticiple = isWord(tokens[j]) && /^(?:by|upon|before|after|while|when|without)$/u.test(tokens[j]!.lower) && /ing$/u.test(tokens[v]!.lower);
  if (byParticiple) {
    // Only a subject-looking phrase: after an earlier quote the clause may start mid-sentence ("to back …").
    const subject = clauseSubject(tokens, lo, j);
    if (subject && (subject[0]!.cap || PRONOUNS.has(subject[0]!.lower))) return subject;
  }
  if ((isPunct(tokens[j], ',') && /ing$/u.test(tokens[v]!.lower)) || (isWord(tokens[j]) && /^(?:and|but)$/u.test(tokens[j]!.lower))) {
    // "…, saying: “…”" / "Hayek confirmed she had been and said, “…”": the subject is the clause's, at its start.
    return clauseSubject(tokens, lo, j);
  }
  if (isPunct(tokens[j], ',—–')) {
    let k = j - 1;
    while (k >= lo && k > j - 30 && !(isPunct(tokens[k], ',—–(') || tokens[k]!.kind === 'quote')) k -= 1;
    const paren = tokens.slice(k + 1, j);
    const before = k >= lo && isPunct(tokens[k], ',—–(') ? npEndingAt(tokens, k - 1, lo) : [];
    if (before.length > 0) return [...before, ...(paren[0] && /ing$/u.test(paren[0].lower) ? [] : paren)];
    return paren.length > 0 && paren.length <= 10 ? paren : null;
  }
  const np = npEndingAt(tokens, j, lo);
  // "The Vermont senator emailed supporters saying: “…”": the phrase before a participle is the
  // reporting verb's object and the speaker is the clause's subject — unless the phrase ends in a
  // name ("reminds me of Abraham Lincoln saying that “…”"), who is then the one saying it.
  const verb = j - np.length;
  if (np.length > 0 && !np[np.length - 1]!.cap && /ing$/u.test(tokens[v]!.lower) && verb > lo && isSpeechAt(tokens, verb)) return clauseSubject(tokens, lo, verb);
  return np.length > 0 ? np : null;
}

/** The speaker phrase after an inverted verb: “…,” said Jaime Harrison, chair of … */
export function npAfter(tokens: Token[], v: number, hi: number): Token[] {
  const out: Token[] = [];
  let k = pastVerb(tokens, v) + 1;
  while (k <= hi && isWord(tokens[k]) && TIME_WORDS.has(tokens[k]!.lower)) k += 1;
  for (; k <= hi && out.length < 10; k += 1) {
    const t = tokens[k]!;
    if (!isWord(t) || (!t.cap && NP_STOP_AFTER.has(t.lower))) break;
    out.push(t);
  }
  return out;
}

/** ", the president of the American Action Network" right after a name: its role, comma included. */
export function appositionAfter(tokens: Token[], k: number, hi: number): Token[] {
  if (!isPunct(tokens[k], ',') || !isWord(tokens[k + 1]) || !/^(?:a|an|the)$/u.test(tokens[k + 1]!.lower)) return [];
  const out: Token[] = [tokens[k]!];
  for (let j = k + 1; j <= hi && out.length < 12 && isWord(tokens[j]); j += 1) out.push(tokens[j]!);
  return out;
}

/** The phrase could name a speaker: a pronoun, a capitalised name, a determiner phrase or a plural/agent noun. */
export function looksLikeSpeaker(np: Token[]): boolean {
  if (np.length === 0 || np.length > 10) return false;
  if (np.length === 1 && PRONOUNS.has(np[0]!.lower)) return true;
  return np.some((t) => t.cap || /^(?:one|a|an|the|two|three|some|several|many|another)$/u.test(t.lower) || t.lower.endsWith('s') || t.lower.endsWith('er') || t.lower.endsWith('ist'));
}
