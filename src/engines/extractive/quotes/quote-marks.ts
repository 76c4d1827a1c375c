/**
 * Pairs quotation marks in one paragraph. Handles curly “ ”, straight ", German „ “, guillemets « »,
 * doubled apostrophes '' … '' (the New York Times archive's double quote), and top-level single
 * quotes ‘ ’ / ' '. Single quotes inside a double-quoted span are nesting, not
 * new quotes; apostrophes (We’re, Zelenskyy’s, ’90s) are never quote marks.
 */

/** A quoted span in paragraph-relative offsets; `start..end` is the trimmed text between the marks. */
export interface MarkedSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or null when the paragraph ends inside the quote. */
  close: number | null;
  /** Index just past the closing mark (marks may be two characters: ''), or null when unclosed. */
  closeEnd: number | null;
  start: number;
  end: number;
}

const DOUBLE_OPENERS = new Set(['“', '„', '«', '‟', '"']);
const CLOSER_FOR: Record<string, string> = { '“': '”"', '„': '“”"', '«': '»', '‟': '”"', '"': '"”' };
const LEFT_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/u;
const WORDISH = /[\p{L}\p{N}]/u;

function isOpeningContext(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = i + 1 < text.length ? text[i + 1]! : ' ';
  return (LEFT_CONTEXT.test(prev) || DOUBLE_OPENERS.has(prev) || prev === '‘' || prev === "'") && !/\s/u.test(next);
}

function isClosingContext(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = i + 1 < text.length ? text[i + 1]! : ' ';
  return !/\s/u.test(prev) || !WORDISH.test(next);
}

/** Trims whitespace from the inside of a span; null when nothing is left. */
function trimmed(text: string, from: number, to: number): { start: number; end: number } | null {
  let s = from;
  let e = to;
  while (s < e && /\s/u.test(text[s]!)) s += 1;
  while (e > s && /\s/u.test(text[e - 1]!)) e -= 1;
  return s < e ? { start: s, end: e } : null;
}

const isDoubledApostrophe = (text: string, i: number): boolean => text[i] === "'" && text[i + 1] === "'" && text[i + 2] !== "'" && text[i - 1] !== "'";

/** Double-quoted spans, in order. An unclosed quote runs to the end of the paragraph. */
function doubleSpans(text: string): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let opener: string | null = null;
  let openAt = -1;
  let openLen = 1;
  const push = (close: number | null, closeLen: number, endAt: number): void => {
    const t = trimmed(text, openAt + openLen, endAt);
    if (t) spans.push({ open: openAt, close, closeEnd: close === null ? null : close + closeLen, ...t });
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const doubled = ch === "'" && isDoubledApostrophe(text, i);
    if (opener === null) {
      const opens =
        ch === '“' || ch === '„' || ch === '«' || ch === '‟' ? !/\s/u.test(text[i + 1] ?? ' ') || ch === '„'
          : ch === '"' || ch === '”' ? isOpeningContext(text, i)
            : doubled ? isOpeningContext(text, i) && !/\s/u.test(text[i + 2] ?? ' ')
              : false;
      if (opens) {
        opener = ch === '”' ? '“' : doubled ? "''" : ch;
        openAt = i;
        openLen = doubled ? 2 : 1;
        if (doubled) i += 1;
      }
      continue;
    }
    if (opener === "''") {
      // ''I would use the word 'old-school,''' — a nested single quote closes just before the double one.
      if (text.startsWith("'''", i) && text[i + 3] !== "'") {
        push(i + 1, 2, i + 1);
        opener = null;
        i += 2;
        continue;
      }
      if (doubled && (!/\s/u.test(text[i - 1] ?? ' ') || !WORDISH.test(text[i + 2] ?? ' '))) {
        push(i, 2, i);
        opener = null;
        i += 1;
      }
      continue;
    }
    if (CLOSER_FOR[opener]!.includes(ch) && isClosingContext(text, i)) {
      push(i, 1, i);
      opener = null;
      continue;
    }
    // A fresh curly opener after a space while a quote is open: the earlier one was never closed.
    if ((ch === '“' || ch === '«') && opener !== '„' && /\s/u.test(text[i - 1] ?? ' ') && !/\s/u.test(text[i + 1] ?? ' ')) {
      push(null, 0, i);
      opener = ch;
      openAt = i;
      openLen = 1;
    }
  }
  if (opener !== null) push(null, 0, text.length);
  return spans;
}

/** For each index, the next index at or after it where `test` holds (text.length when none); O(n). */
function nextWhere(text: string, test: (i: number) => boolean): Int32Array {
  const next = new Int32Array(text.length + 1);
  next[text.length] = text.length;
  for (let i = text.length - 1; i >= 0; i -= 1) next[i] = test(i) ? i : next[i + 1]!;
  return next;
}

/** Top-level single-quoted spans (‘…’ or '…'), skipping anything inside double quotes. Linear time. */
function singleSpans(text: string, doubles: MarkedSpan[]): MarkedSpan[] {
  if (!text.includes('‘') && !text.includes("'")) return [];
  const inDouble = new Uint8Array(text.length);
  for (const d of doubles) inDouble.fill(1, d.open, d.closeEnd ?? d.end + 1);
  const closerAt = (mark: string) => (j: number): boolean =>
    text[j] === mark && j > 0 && !/\s/u.test(text[j - 1]!) && !/\p{L}/u.test(text[j + 1] ?? ' ');
  const nextCurly = nextWhere(text, closerAt('’'));
  const nextStraight = nextWhere(text, closerAt("'"));
  const nextBreak = nextWhere(text, (j) => text[j] === '“' || text[j] === '"' || inDouble[j] === 1);
  const spans: MarkedSpan[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if ((ch !== '‘' && ch !== "'") || inDouble[i] === 1 || text[i + 1] === "'" || text[i - 1] === "'") continue;
    const prev = i > 0 ? text[i - 1]! : ' ';
    if (!/[\s(\u2014\u2013:]/u.test(prev) || !/\p{L}/u.test(text[i + 1] ?? ' ')) continue;
    const j = (ch === '‘' ? nextCurly : nextStraight)[i + 2] ?? text.length;
    if (j >= text.length || j - i > 400 || nextBreak[i + 1]! < j) continue;
    const t = trimmed(text, i + 1, j);
    if (t) spans.push({ open: i, close: j, closeEnd: j + 1, ...t });
    i = j;
  }
  return spans;
}

/** Every quoted span in the paragraph, in text order. Never throws. */
export function findMarkedSpans(text: string): MarkedSpan[] {
  const doubles = doubleSpans(text);
  const singles = singleSpans(text, doubles);
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}
