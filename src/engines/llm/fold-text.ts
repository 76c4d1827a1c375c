/**
 * Text folded for verbatim matching: quote marks, dashes and whitespace made uniform and letters
 * lower-cased, with a map back to the original offsets so a match is always reported as the
 * original's own span.
 */
export interface FoldedText {
  text: string;
  /** `starts[i]`: offset in the original of the character that produced folded character i. */
  starts: number[];
  /** `ends[i]`: offset just past that original character. */
  ends: number[];
}

const DOUBLE_QUOTES = new Set(['"', '“', '”', '„', '‟', '«', '»', '″', '〝', '〞', '＂']);
const SINGLE_QUOTES = new Set(["'", '‘', '’', '‚', '‛', '‹', '›', '′', '＇']);
const DASHES = new Set(['-', '‐', '‑', '‒', '–', '—', '―', '−', '﹘', '﹣', '－']);
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);
const SPACE = /\s/u;

/** Folds text so “We’re — here” and "we're-here" compare equal; spaces next to dashes are dropped. */
export function foldText(original: string): FoldedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (s: string, from: number, to: number): void => {
    for (const ch of s) {
      out.push(ch);
      starts.push(from);
      ends.push(to);
    }
  };
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    const last = out[out.length - 1];
    if (INVISIBLE.has(ch)) {
      // skipped: invisible characters never decide a match
    } else if (SPACE.test(ch)) {
      if (out.length > 0 && last !== ' ' && last !== '-') push(' ', i, next);
    } else if (DASHES.has(ch)) {
      if (last === ' ') {
        out.pop();
        starts.pop();
        ends.pop();
      }
      push('-', i, next);
    } else if (DOUBLE_QUOTES.has(ch)) {
      push('"', i, next);
    } else if (SINGLE_QUOTES.has(ch)) {
      push("'", i, next);
    } else if (ch === '…') {
      push('...', i, next);
    } else {
      push(ch.toLowerCase(), i, next);
    }
    i = next;
  }
  return { text: out.join(''), starts, ends };
}

/** The original span covered by folded characters `from..to` (exclusive). */
export function originalSpan(folded: FoldedText, from: number, to: number): { start: number; end: number } {
  return { start: folded.starts[from] ?? 0, end: folded.ends[to - 1] ?? 0 };
}
