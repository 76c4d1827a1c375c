import type { ArticleDraft } from '../core/article.js';
import { isBoilerplate, startsCommentSection } from './boilerplate.js';
import { cleanBlocks, headlineKey, isHeadlineCopy, type DraftBlock } from './clean-blocks.js';
import { collapseSpaces, normalizeLineBreaks } from './normalize-whitespace.js';
import { looksLikeHeading, markdownHeading } from './recognise-heading.js';

/** A run of lines between blank lines, after headline copies and boilerplate are gone. */
interface LineGroup {
  lines: string[];
  /** Lines written as Markdown headings ("## Section"), by index in `lines`. */
  marked: Set<number>;
}

const MAX_TITLE_WORDS = 30;
const MAX_TITLE_CHARS = 250;
const DERIVED_TITLE_WORDS = 12;
/** A line ending like this closes a sentence; hard-wrapped text mostly does not. */
const SENTENCE_END = /[.!?…:;]["'”’)\]]*$/;

/**
 * Cleans a plain-text (or Markdown) article: finds the headline and drops its copies, recognises
 * lone heading lines, drops site boilerplate and normalises whitespace. Never throws; an input with
 * no text yields a draft with no blocks.
 */
export function cleanPlainText(raw: string, source: string, options: { url?: string | null } = {}): ArticleDraft {
  const lines = normalizeLineBreaks(raw).split('\n').map(collapseSpaces);
  const { title, titleIsLine } = findTitle(lines);
  const titleKey = titleIsLine ? headlineKey(title) : '';
  const blocks: DraftBlock[] = [];
  for (const group of groupLines(lines, titleKey)) blocks.push(...groupToBlocks(group));
  const cleaned = cleanBlocks(blocks, titleKey === '' ? '' : title);
  // A lone sentence ("The mayor resigned on Monday.") is both the headline and the story.
  if (titleIsLine && !cleaned.some((b) => b.kind === 'paragraph') && /[.!?]["'”’]?$/.test(title)) cleaned.push({ kind: 'paragraph', text: title });
  return { title, url: options.url ?? null, publishedAt: null, source, blocks: cleaned };
}

/** The headline: the first line that is not boilerplate, if it reads like one; else the opening words. */
function findTitle(lines: readonly string[]): { title: string; titleIsLine: boolean } {
  const first = lines.find((line) => line !== '' && !isBoilerplate(markdownHeading(line)?.text ?? line));
  if (first === undefined) return { title: '', titleIsLine: false };
  const text = markdownHeading(first)?.text ?? first;
  const words = text.split(' ');
  const prose = words.length > 15 && /[.!?]["'”’]?$/.test(text);
  if (text.length <= MAX_TITLE_CHARS && words.length <= MAX_TITLE_WORDS && !prose) return { title: text, titleIsLine: true };
  const opening = text.slice(0, 400).split(' ').slice(0, DERIVED_TITLE_WORDS).join(' ');
  return { title: `${opening.replace(/[\s,;:.]+$/, '')}…`, titleIsLine: false };
}

/** Splits on blank lines, dropping headline copies and boilerplate lines and stopping at comments. */
function groupLines(lines: readonly string[], titleKey: string): LineGroup[] {
  const groups: LineGroup[] = [];
  let current: LineGroup = { lines: [], marked: new Set() };
  let storyStarted = false;
  for (const line of lines) {
    if (line === '') {
      if (current.lines.length > 0) groups.push(current);
      current = { lines: [], marked: new Set() };
      continue;
    }
    if (storyStarted && startsCommentSection(line)) break;
    const heading = markdownHeading(line);
    const text = heading?.text ?? line;
    if (isBoilerplate(text) || isHeadlineCopy(text, titleKey)) continue;
    if (heading) current.marked.add(current.lines.length);
    else storyStarted = true;
    current.lines.push(text);
  }
  if (current.lines.length > 0) groups.push(current);
  return groups;
}

/**
 * One group becomes blocks: a lone line may be a heading; a hard-wrapped group (most lines
 * stop mid-sentence) is one paragraph; otherwise each line is its own paragraph.
 */
function groupToBlocks(group: LineGroup): DraftBlock[] {
  const { lines, marked } = group;
  if (lines.length === 1) {
    const only = lines[0] ?? '';
    return [{ kind: marked.has(0) || looksLikeHeading(only) ? 'heading' : 'paragraph', text: only }];
  }
  const inner = lines.slice(0, -1);
  const wrapped = inner.filter((line) => !SENTENCE_END.test(line)).length * 2 >= inner.length;
  const blocks: DraftBlock[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  lines.forEach((line, i) => {
    if (marked.has(i) || (!wrapped && isLoneHeading(lines, i))) {
      flush();
      blocks.push({ kind: 'heading', text: line });
    } else if (wrapped) {
      paragraph.push(line);
    } else {
      flush();
      paragraph.push(line);
    }
  });
  flush();
  return blocks;
}

/** In one-paragraph-per-line text, a heading-like line between prose lines is a heading. */
function isLoneHeading(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  const next = lines[i + 1];
  const prev = lines[i - 1];
  if (!looksLikeHeading(line) || next === undefined) return false;
  return !looksLikeHeading(next) && (prev === undefined || !looksLikeHeading(prev));
}
