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

const DOUBLE_QUOTES = '"“”„‟«»″〝〞＂';
const SINGLE_QUOTES = "'‘’‚‛‹›′＇";
const DASHES = '-‐‑‒–—―−﹘﹣－';
const INVISIBLE = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';
const SPACE = /\s/u;

/** What one UTF-16 unit folds to: a replacement, '' to skip it, ' ' for space, null to keep it (lower-cased). */
function foldUnit(ch: string): string | null {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    if (c === 32 || (c >= 9 && c <= 13)) return ' ';
    if (c === 45) return '-';
    if (c === 34) return '"';
    if (c === 39) return "'";
    return null;
  }
  if (INVISIBLE.includes(ch)) return '';
  if (DASHES.includes(ch)) return '-';
  if (DOUBLE_QUOTES.includes(ch)) return '"';
  if (SINGLE_QUOTES.includes(ch)) return "'";
  if (ch === '…') return '...';
  if (SPACE.test(ch)) return ' ';
  return null;
}

/** Folds text so “We’re — here” and "we're-here" compare equal; spaces next to dashes are dropped. */
export function foldText(original: string): FoldedText {
  // Lower-casing per UTF-16 unit keeps the offset map simple; only a few letters change length.
  const lower = original.toLowerCase();
  const sameLength = lower.length === original.length;
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let last = '';
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    const folded = foldUnit(ch);
    if (folded === null) {
      const low = sameLength ? lower[i]! : ch.toLowerCase();
      for (const unit of low) {
        out.push(unit);
        starts.push(i);
        ends.push(i + 1);
      }
      last = low;
      continue;
    }
    if (folded === '') continue;
    if (folded === ' ') {
      if (out.length === 0 || last === ' ' || last === '-') continue;
    } else if (folded === '-' && last === ' ') {
      out.pop();
      starts.pop();
      ends.pop();
    }
    for (const unit of folded) {
      out.push(unit);
      starts.push(i);
      ends.push(i + 1);
    }
    last = folded;
  }
  return { text: out.join(''), starts, ends };
}
/** The original span covered by folded characters `from..to` (exclusive). */
export function originalSpan(folded: FoldedText, from: number, to: number): { start: number; end: number } {
  return { start: folded.starts[from] ?? 0, end: folded.ends[to - 1] ?? 0 };
}
