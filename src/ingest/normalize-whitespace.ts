/**
 * Whitespace clean-up that leaves the characters of sentences alone: quotes (curly or straight),
 * dashes and accents are kept exactly; only spacing, line breaks and invisible characters change.
 */

/** Invisible characters dropped outright: zero-width space, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
/** Spaces that are not a plain space: tab, no-break, figure, narrow no-break, ideographic, etc. */
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** C0/C1 control characters other than line breaks (they never belong in prose). */
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** Unifies line breaks (\r\n, \r, U+2028/2029 → \n) and drops invisible and control characters. */
export function normalizeLineBreaks(raw: string): string {
  return raw
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '');
}

/** Collapses every run of spaces (including odd spaces) to one space and trims the ends. */
export function collapseSpaces(line: string): string {
  return line.replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** For HTML text: every whitespace run, line breaks included, becomes one space. */
export function collapseAllWhitespace(text: string): string {
  return collapseSpaces(normalizeLineBreaks(text).replace(/\n+/g, ' '));
}
