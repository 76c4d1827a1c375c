import { CUE_VERBS, isSpeechVerb, PARTICLE_VERBS, SPEECH_NOUNS } from './speech-verbs.js';
import type { ParagraphView } from './paragraph-views.js';
import type { Token } from './tokenize-paragraph.js';

/** How a quote's speaker phrase was found, before the phrase is resolved to a speaker. */
export type AttributionKind = 'post' | 'inverted' | 'pre' | 'according' | 'embedded' | 'possessive' | 'colon';

/** The words naming a quote's speaker ("one European diplomat in Istanbul", "he", "Rubio"). */
export interface SpeakerPhrase {
  kind: AttributionKind;
  tokens: Token[];
}

const AUX = new Set(
  'has had have would will was is were are did does do could might can may should must also later then just again once still even never ever not n’t has’ previously recently reportedly repeatedly quickly simply flatly bluntly publicly privately frequently often first had’ already'.split(
    ' ',
  ),
);
/** Words that end a noun phrase when walking back from a verb. */
const BOUNDARY = new Set(
  'and but while as when because though although since after before if so yet or nor than that which who whom whose where whereas unless until despite like unlike what how why said says told'.split(' '),
);
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight later recently earlier afterward afterwards then again also once privately publicly simply flatly'.split(' '),
);
const NP_STOP_AFTER = new Set('in on at during after before when as while about of from to who which that because since if with for'.split(' '));
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
/** Words that mark a quoted phrase as a label, not speech (“so-called “denazification””). */
const SCARE_MARKERS = new Set(['so-called', 'quote-unquote', 'dubbed', 'nicknamed', 'titled', 'entitled', 'headlined', 'hashtag']);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const isPunct = (t: Token | undefined, marks: string): boolean => t !== undefined && t.kind === 'punct' && marks.includes(t.text);
const isVerb = (t: Token | undefined, verbs: ReadonlySet<string>): boolean => isWord(t) && !t.cap && verbs.has(t.lower);
/** A reporting verb at token i ("said", "went on", "points out"). */
export const isSpeechAt = (tokens: Token[], i: number): boolean => {
  const t = tokens[i];
  return isWord(t) && !t.cap && isSpeechVerb(t.lower, tokens[i + 1]?.kind === 'word' ? tokens[i + 1]!.lower : undefined);
};
/** Index just past the verb at i (and its particle, if it has one). */
const pastVerb = (tokens: Token[], i: number): number => (PARTICLE_VERBS.get(tokens[i]!.lower) === tokens[i + 1]?.lower ? i + 1 : i);
const FUNCTION_WORDS = new Set('a an the of to in on at by for with from as and or but that this these those its his her their our my your which who'.split(' '));
/** The phrase ends in a content word, not "with a" or "by". */
const endsInContent = (np: Token[]): boolean => {
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
function npEndingAt(tokens: Token[], j: number, lo: number): Token[] {
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
  return np.length > 0 ? np : null;
}

/** The speaker phrase after an inverted verb: “…,” said Jaime Harrison, chair of … */
function npAfter(tokens: Token[], v: number, hi: number): Token[] {
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
function appositionAfter(tokens: Token[], k: number, hi: number): Token[] {
  if (!isPunct(tokens[k], ',') || !isWord(tokens[k + 1]) || !/^(?:a|an|the)$/u.test(tokens[k + 1]!.lower)) return [];
  const out: Token[] = [tokens[k]!];
  for (let j = k + 1; j <= hi && out.length < 12 && isWord(tokens[j]); j += 1) out.push(tokens[j]!);
  return out;
}

function looksLikeSpeaker(np: Token[]): boolean {
  if (np.length === 0 || np.length > 10) return false;
  if (np.length === 1 && PRONOUNS.has(np[0]!.lower)) return true;
  return np.some((t) => t.cap || /^(?:one|a|an|the|two|three|some|several|many|another)$/u.test(t.lower) || t.lower.endsWith('s') || t.lower.endsWith('er') || t.lower.endsWith('ist'));
}

/** “…,” X said / “…,” said X / “…,” according to X — the words right after the closing mark. */
function afterQuote(tokens: Token[], q: number, hi: number): SpeakerPhrase | null {
  let k = q + 1;
  if (isPunct(tokens[k], ',—–')) k += 1;
  if (k > hi || !isWord(tokens[k])) return null;
  if (tokens[k]!.lower === 'according' && tokens[k + 1]?.lower === 'to') {
    const np = npAfter(tokens, k + 1, hi);
    return np.length > 0 ? { kind: 'according', tokens: np } : null;
  }
  if (isSpeechAt(tokens, k)) {
    const np = npAfter(tokens, k, hi);
    return looksLikeSpeaker(np) ? { kind: 'inverted', tokens: [...np, ...appositionAfter(tokens, pastVerb(tokens, k) + np.length + 1, hi)] } : null;
  }
  for (let v = k + 1; v <= Math.min(hi, k + 12); v += 1) {
    const t = tokens[v]!;
    if (t.kind === 'quote' || isPunct(t, '.;:!?')) return null;
    if (isSpeechAt(tokens, v)) {
      const np = tokens.slice(k, v).filter((w) => !(isWord(w) && !w.cap && AUX.has(w.lower)));
      const words = np.filter(isWord);
      if (words.some((w) => !w.cap && BOUNDARY.has(w.lower))) return null;
      return looksLikeSpeaker(words) && endsInContent(words) ? { kind: 'post', tokens: np } : null;
    }
  }
  return null;
}

/** X said: “…” / X told reporters that “…” / According to X, “…” — the words right before the opening mark. */
function beforeQuote(tokens: Token[], q: number, lo: number): SpeakerPhrase | null {
  for (let a = lo; a < q - 2; a += 1) {
    if (tokens[a]!.lower === 'according' && tokens[a + 1]?.lower === 'to') {
      const np = npAfter(tokens, a + 1, q - 1);
      if (np.length > 0) return { kind: 'according', tokens: np };
    }
  }
  // "Said Dorothy Poynter, who grew up with Ali, “We…”" / "Stated Stone: “…”"
  const first = tokens[lo];
  if (isWord(first) && first.cap && isSpeechVerb(first.lower) && q - lo <= 25) {
    const np = npAfter(tokens, lo, q - 1);
    if (np.length > 0 && np[0]!.cap) return { kind: 'inverted', tokens: np };
  }
  for (let v = q - 1; v >= lo && v >= q - 9; v -= 1) {
    const t = tokens[v]!;
    if (t.kind === 'quote') return null;
    if (isSpeechAt(tokens, v)) {
      const np = subjectBefore(tokens, v, lo);
      return np && endsInContent(np) ? { kind: 'pre', tokens: np } : null;
    }
  }
  return null;
}

/** A quoted word inside a sentence whose earlier verb frames it: “dismissed Zelenskyy as “pathetic,”” */
function embeddedIn(tokens: Token[], q: number, sentenceLo: number): SpeakerPhrase | null {
  for (let v = q - 1; v >= sentenceLo; v -= 1) {
    const t = tokens[v]!;
    if (isWord(t) && SPEECH_NOUNS.has(t.lower)) {
      for (let p = v - 1; p >= Math.max(sentenceLo, v - 3); p -= 1) {
        if (tokens[p]!.possessive && tokens[p]!.cap) return { kind: 'possessive', tokens: [tokens[p]!] };
      }
    }
    if (isVerb(t, CUE_VERBS)) {
      let lo = sentenceLo;
      for (let k = v - 1; k >= sentenceLo; k -= 1) {
        if (tokens[k]!.kind === 'quote') {
          lo = k + 1;
          break;
        }
      }
      const np = subjectBefore(tokens, v, lo);
      if (np && endsInContent(np)) return { kind: 'embedded', tokens: np };
    }
  }
  return null;
}

/** “It's possible, but …” that Sanders can catch Clinton, said Steve Elmendorf. — the sentence's closing attribution. */
function sentenceFinal(tokens: Token[], q: number, sLo: number, hi: number): SpeakerPhrase | null {
  if (!tokens.slice(sLo, q).every((t) => isWord(t) && /^(?:and|but)$/iu.test(t.text))) return null;
  for (let comma = q + 2; comma <= hi; comma += 1) {
    if (!isPunct(tokens[comma], ',')) continue;
    const tail = tokens.slice(comma, hi + 1);
    const found = afterQuote([tokens[q]!, ...tail], 0, tail.length);
    if (found) return found.kind === 'according' ? found : { ...found, kind: 'post' };
  }
  return null;
}

const TITLE_LEADS = new Set(['on', 'with', 'in', 'about', 'from', 'at', 'by', 'of']);
const MEDIA_NOUNS = new Set('show program programme station network radio podcast episode book memoir film movie song album series segment article column headline hashtag newsletter magazine documentary'.split(' '));

/**
 * True when the words before the quote mark it as a label or a title, not speech: “so-called
 * “denazification””, “on the podcast “Here’s the Thing.””, “told NBC’s “Today””, “the “Gang of Eight,””.
 */
function isScareQuote(tokens: Token[], q: number): boolean {
  const prev = tokens[q - 1];
  // "on this reporter’s talk radio program, “Aaron Klein Investigative Radio,”"
  if (isPunct(prev, ',') && isWord(tokens[q - 2]) && MEDIA_NOUNS.has(tokens[q - 2]!.lower)) return true;
  if (!isWord(prev)) return false;
  if (SCARE_MARKERS.has(prev.lower) || TITLE_LEADS.has(prev.lower) || MEDIA_NOUNS.has(prev.lower) || (prev.cap && prev.possessive)) return true;
  const words = (tokens[q]!.text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu) ?? []).length;
  return prev.lower === 'the' && words <= 4;
}

/**
 * The speaker phrase attributed to the paragraph's quote `spanIndex` by the words of its own
 * sentence, or null when the sentence does not say who spoke (continuations are decided later).
 */
export function attributeInSentence(view: ParagraphView, spanIndex: number): SpeakerPhrase | null {
  const tokens = view.tokens;
  const q = view.quoteTokens[spanIndex]!;
  if (isScareQuote(tokens, q)) return null;
  const [sLo, sHi] = sentenceRange(tokens, q);
  let lo = sLo;
  for (let k = q - 1; k >= sLo; k -= 1) {
    if (tokens[k]!.kind === 'quote') {
      lo = k + 1;
      break;
    }
  }
  let hi = sHi;
  for (let k = q + 1; k <= sHi; k += 1) {
    if (tokens[k]!.kind === 'quote') {
      hi = k - 1;
      break;
    }
  }
  // "X said, “…” Y then recalled": a quote introduced by its own sentence's subject keeps it, unless
  // the words before it are the previous quote's attribution ("“A,” he said, “B,” she said").
  const introduced = isPunct(tokens[q - 1], ':,') && lo === sLo && q - lo >= 2;
  const pre = introduced ? beforeQuote(tokens, q, lo) : null;
  if (pre && tokens.slice(q - 4, q).some((t, i, arr) => isSpeechAt(tokens, q - arr.length + i))) return pre;
  return afterQuote(tokens, q, hi) ?? pre ?? beforeQuote(tokens, q, lo) ?? sentenceFinal(tokens, q, sLo, hi) ?? embeddedIn(tokens, q, sLo);
}
