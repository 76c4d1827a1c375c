/** Small words that stay lower-case in Title Case headlines ("War Drags On as Hope for Ceasefire Fades"). */
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on',
  'per', 'to', 'up', 'via', 'vs', 'vs.', 'with', 'from', 'into', 'onto', 'over', 'than', 'between', 'after',
  'before', 'amid', 'about', 'against', 'under', 'if', 'is', 'are', 'be', 'its', 'it',
]);

const MAX_HEADING_WORDS = 14;
const MAX_HEADING_CHARS = 120;
/** Ends like a sentence or a clause: such a line is prose, not a heading. */
const PROSE_ENDING = /[.,;:…]["'”’)\]]*$/;

/**
 * True when a line that stands alone reads like a section heading: short, no sentence-final
 * punctuation, and in Title Case (most significant words capitalised), or a very short line that
 * starts with a capital ("What comes next").
 */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > MAX_HEADING_CHARS || PROSE_ENDING.test(text)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  // A line of speech ("“Who’s going to pay for it?”") is a quote paragraph; as a heading it would be lost to quotes.
  if (/[.!?,…]["'”’]/.test(text)) return false;
  // An exclamation ("Sorry!") or an interview turn ("Q: Does he?") is speech, not a section title.
  if (/!$/.test(text) || /^\p{Lu}{1,2}:\s/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_HEADING_WORDS) return false;
  const significant = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  if (significant.length === 0) return false;
  const capitalised = significant.filter((w) => /^["'“‘(]?[\p{Lu}\p{N}]/u.test(w)).length;
  if (capitalised / significant.length >= 0.75) return true;
  return words.length <= 6 && !/[!?]$/.test(text);
}

/** Markdown ATX headings ("## Section"): the marks are markup, not text. */
export function markdownHeading(line: string): { level: number; text: string } | null {
  const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
  if (!m || m[2] === undefined || m[2] === '') return null;
  return { level: (m[1] ?? '#').length, text: m[2] };
}
