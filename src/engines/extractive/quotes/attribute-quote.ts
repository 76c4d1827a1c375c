import { isSpeechVerb, SPEECH_NOUNS } from './speech-verbs.js';
import type { ParagraphView } from './paragraph-views.js';
import { isScareQuote } from './scare-quotes.js';
import {
  appositionAfter, AUX, BOUNDARY, endsInContent, isCueAt, isPunct, isSpeechAt, isWord, looksLikeSpeaker, npAfter, pastVerb, sentenceRange, subjectBefore,
} from './speaker-phrases.js';
import type { Token } from './tokenize-paragraph.js';

/** How a quote's speaker phrase was found, before the phrase is resolved to a speaker. */
export type AttributionKind = 'post' | 'inverted' | 'pre' | 'according' | 'embedded' | 'possessive' | 'colon';

/** The words naming a quote's speaker ("one European diplomat in Istanbul", "he", "Rubio"). */
export interface SpeakerPhrase {
  kind: AttributionKind;
  tokens: Token[];
}

/** Prepositions that continue the sentence after a quote (“…” for Clinton, “…” to Mr. Sanders). */
const TRAILING_PREPOSITIONS = new Set('for to of in on at about with from by against over after before than into'.split(' '));

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
      if (words[0] && !words[0].cap && TRAILING_PREPOSITIONS.has(words[0].lower)) {
        // “This will be a challenge” for Clinton, said Kunin. — the words before the verb finish the
        // sentence the quote is part of; the speaker comes after the verb, if anywhere.
        const after = npAfter(tokens, v, hi);
        return isPunct(tokens[v - 1], ',') && looksLikeSpeaker(after) && after[0]!.cap
          ? { kind: 'inverted', tokens: [...after, ...appositionAfter(tokens, pastVerb(tokens, v) + after.length + 1, hi)] }
          : null;
      }
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
    if (isCueAt(tokens, v)) {
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
