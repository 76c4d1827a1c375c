import {
  AMBIGUOUS_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TIME_FOLLOWERS,
  TITLE_ABBREVIATIONS,
} from './abbreviations.js';

/** A sentence as offsets into the text it was found in; the slice has no surrounding whitespace. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const TERMINATOR = /[.?!…]/u;
/** Marks that close a sentence together with its full stop: “…now.” ends after the ” (and German „…früh.“ after the “). */
const CLOSER = /[”“’"')\]»]/u;
const OPENER_MARK = /[“"‘'(\[«]/u;
const SPACE = /\s/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const LETTER_OR_DOT = /[\p{L}.]/u;

/**
 * Splits `text` (or its `start..end` part, e.g. one paragraph) into sentences, as offsets into `text`.
 * Rule-based: survives abbreviations (U.S., Mr., Jan. 5, 9 a.m.), decimals, initials, ellipses and
 * closing quote marks; a blank line always ends a sentence. Never throws.
 */
export function splitSentences(text: string, start = 0, end = text.length): SentenceSpan[] {
  const from = clamp(Math.floor(Number.isFinite(start) ? start : 0), 0, text.length);
  const to = clamp(Math.floor(Number.isFinite(end) ? end : text.length), from, text.length);
  const spans: SentenceSpan[] = [];
  let sentenceStart = from;
  const close = (at: number): void => {
    const span = trimSpan(text, sentenceStart, at);
    if (span) spans.push(span);
  };
  let i = from;
  while (i < to) {
    const ch = text[i] as string;
    if (ch === '\n') {
      const afterBlank = blankLineEnd(text, i, to);
      if (afterBlank > 0) {
        close(i);
        sentenceStart = afterBlank;
        i = afterBlank;
        continue;
      }
    }
    if (!TERMINATOR.test(ch)) {
      i += 1;
      continue;
    }
    const boundary = boundaryAfterTerminator(text, i, to, sentenceStart);
    if (boundary === null) {
      i = skipTerminators(text, i, to);
      continue;
    }
    close(boundary.sentenceEnd);
    sentenceStart = boundary.nextStart;
    i = boundary.nextStart;
  }
  close(to);
  return spans;
}

interface Boundary {
  sentenceEnd: number;
  nextStart: number;
}

/** Decides whether the terminator run starting at `i` ends a sentence; null when it does not. */
function boundaryAfterTerminator(text: string, i: number, to: number, sentenceStart: number): Boundary | null {
  // "1. FIREWORKS FLY…", "“… There is": a list number or a lone mark is not a sentence.
  if (/^[\s“"‘'(\[]*(?:\d{1,3}|\p{L})?$/u.test(text.slice(sentenceStart, i))) return null;
  const runEnd = skipTerminators(text, i, to);
  let sentenceEnd = runEnd;
  while (sentenceEnd < to && CLOSER.test(text[sentenceEnd] as string)) sentenceEnd += 1;
  if (sentenceEnd < to && !SPACE.test(text[sentenceEnd] as string)) return null;
  let next = skipSpaces(text, sentenceEnd, to);
  // A straight quote (or a spaced French ») standing alone after the space closes this sentence: `Kennels.' " She said`.
  if (next < to && (text[next] === '"' || text[next] === "'" || text[next] === '»') && (next + 1 === to || SPACE.test(text[next + 1] as string))) {
    sentenceEnd = next + 1;
    next = skipSpaces(text, sentenceEnd, to);
  }
  if (next >= to) return { sentenceEnd, nextStart: to };
  const run = text.slice(i, runEnd);
  const decided = isBoundary(text, i, run, next, to, sentenceEnd > runEnd);
  return decided ? { sentenceEnd, nextStart: next } : null;
}

function isBoundary(text: string, terminatorAt: number, run: string, next: number, to: number, quoted: boolean): boolean {
  let first = next;
  while (first < to && OPENER_MARK.test(text[first] as string)) first += 1;
  const openedWithMark = first > next;
  const firstChar = text[first] ?? '';
  if (LOWER.test(firstChar)) return false;
  const nextWord = wordAt(text, first, to).toLowerCase();
  if (run.includes('?') || run.includes('!')) {
    // “Why not?” Trump asked. — a name right after a quoted question is its attribution.
    return !(quoted && !openedWithMark && UPPER.test(firstChar) && !SENTENCE_OPENERS.has(nextWord));
  }
  if (run.includes('…') || run.length > 1) return UPPER.test(firstChar) || openedWithMark;
  // "BEDFORD, N.H. (AP) — …": the agency completes the dateline.
  if (/^\((?:AP|CNN|Reuters|AFP|UPI|Bloomberg)\)/u.test(text.slice(next, next + 12))) return false;
  const previous = wordBefore(text, terminatorAt).toLowerCase();
  const bare = previous.replace(/\./gu, '');
  const startsWithDigit = DIGIT.test(firstChar);
  if (bare === '' || openedWithMark) return true;
  if (TITLE_ABBREVIATIONS.has(bare) && !previous.includes('.')) return false;
  if (startsWithDigit && (MONTH_ABBREVIATIONS.has(bare) || NUMBER_ABBREVIATIONS.has(bare))) return false;
  const isAcronym = previous.includes('.');
  const isInitial = bare.length === 1 && UPPER.test(text[terminatorAt - 1] ?? '');
  if ((bare === 'am' || bare === 'pm') && isAcronym && TIME_FOLLOWERS.has(nextWord)) return false;
  if (isAcronym || isInitial || AMBIGUOUS_ABBREVIATIONS.has(bare) || MONTH_ABBREVIATIONS.has(bare)) {
    return startsWithDigit || SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}

/** The word (letters and inner dots) that ends right before `at`: "U.S" before "U.S.". */
function wordBefore(text: string, at: number): string {
  let s = at;
  while (s > 0 && LETTER_OR_DOT.test(text[s - 1] as string)) s -= 1;
  return text.slice(s, at);
}

function wordAt(text: string, at: number, to: number): string {
  let e = at;
  while (e < to && /[\p{L}’']/u.test(text[e] as string)) e += 1;
  return text.slice(at, e).replace(/[’'].*$/u, '');
}

function skipTerminators(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && (TERMINATOR.test(text[j] as string) || (text[j] === ' ' && text[j + 1] === '.' && text[j - 1] === '.'))) j += 1;
  return j;
}

function skipSpaces(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && SPACE.test(text[j] as string)) j += 1;
  return j;
}

/** If a blank line starts at the newline `i`, the offset after it; otherwise 0. */
function blankLineEnd(text: string, i: number, to: number): number {
  let j = i + 1;
  while (j < to && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j += 1;
  if (j >= to || text[j] !== '\n') return 0;
  return skipSpaces(text, j, to);
}

function trimSpan(text: string, start: number, end: number): SentenceSpan | null {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s] as string)) s += 1;
  while (e > s && SPACE.test(text[e - 1] as string)) e -= 1;
  return e > s ? { start: s, end: e } : null;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
