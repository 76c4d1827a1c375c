import { isPunct, isWord } from './speaker-phrases.js';
import type { Token } from './tokenize-paragraph.js';

/** Words that mark a quoted phrase as a label, not speech (“so-called “denazification””). */
const SCARE_MARKERS = new Set(['so-called', 'quote-unquote', 'dubbed', 'nicknamed', 'titled', 'entitled', 'headlined', 'hashtag']);
const TITLE_LEADS = new Set(['on', 'with', 'in', 'about', 'from', 'at', 'by', 'of']);
const MEDIA_NOUNS = new Set('show program programme station network radio podcast episode book memoir film movie song album series segment article column headline hashtag newsletter magazine documentary'.split(' '));

/**
 * True when the words before the quote mark it as a label or a title, not speech: “so-called
 * “denazification””, “on the podcast “Here’s the Thing.””, “told NBC’s “Today””, “the “Gang of Eight,””.
 */
export function isScareQuote(tokens: Token[], q: number): boolean {
  const prev = tokens[q - 1];
  // "on this reporter’s talk radio program, “Aaron Klein Investigative Radio,”"
  if (isPunct(prev, ',') && isWord(tokens[q - 2]) && MEDIA_NOUNS.has(tokens[q - 2]!.lower)) return true;
  if (!isWord(prev)) return false;
  if (SCARE_MARKERS.has(prev.lower) || TITLE_LEADS.has(prev.lower) || MEDIA_NOUNS.has(prev.lower) || (prev.cap && prev.possessive)) return true;
  const words = (tokens[q]!.text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu) ?? []).length;
  return prev.lower === 'the' && words <= 4;
}
