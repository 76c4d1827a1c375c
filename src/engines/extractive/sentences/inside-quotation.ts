import type { SentenceSpan } from './split-sentences.js';

/** The mark that closes each opening double mark (German „ closes with “ or ”). */
const CLOSES: Readonly<Record<string, string>> = { '“': '”', '„': '“”', '«': '»', '"': '"' };
const SPACE_OR_START = /[\s([{\u2014\u2013/:;,-]/u;

/**
 * For each sentence of one paragraph, whether it begins inside a quotation opened by an earlier
 * sentence: “Houston, Tranquility Base here. The Eagle has landed,” splits in two, and the second
 * half (The Eagle has landed,” Armstrong radioed) is not a sentence a reader can take alone.
 * Double marks only (curly, straight, German, guillemets): a single ’ is far more often an
 * apostrophe. The state starts closed at `paragraphStart`; a quotation that runs on into the next
 * paragraph opens again there, as news style reopens it. Sentences must be in order.
 */
export function startsInsideQuotation(text: string, paragraphStart: number, sentences: readonly SentenceSpan[]): boolean[] {
  let opener: string | null = null;
  let at = Math.max(0, paragraphStart);
  return sentences.map(({ start }) => {
    for (; at < start && at < text.length; at += 1) opener = step(text, at, opener);
    return opener !== null;
  });
}

/** The open quotation's opening mark after reading the character at `i` (null: none open). */
function step(text: string, i: number, opener: string | null): string | null {
  const ch = text[i] as string;
  if (opener !== null) {
    if ((CLOSES[opener] as string).includes(ch)) return ch === '"' && !closesHere(text, i) ? opener : null;
    return opener;
  }
  if (ch === '“' || ch === '„' || ch === '«') return ch;
  if (ch === '"' && opensHere(text, i)) return ch;
  return null;
}

/** A straight mark opens after a space or bracket and before a word. */
function opensHere(text: string, i: number): boolean {
  const prev = i > 0 ? (text[i - 1] as string) : ' ';
  const next = text[i + 1] ?? ' ';
  return SPACE_OR_START.test(prev) && !/\s/u.test(next);
}

/** A straight mark closes after a word or stop, or before a space or punctuation. */
function closesHere(text: string, i: number): boolean {
  const prev = i > 0 ? (text[i - 1] as string) : ' ';
  const next = text[i + 1] ?? ' ';
  return !/\s/u.test(prev) || !/[\p{L}\p{N}]/u.test(next);
}
