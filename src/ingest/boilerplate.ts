/**
 * Site chrome that ends up in copied or extracted article text. Each pattern matches a whole
 * line (or block) that is never part of the story. Keep the list honest: every entry has a test
 * in tests/unit/ingest/boilerplate.test.ts.
 */
export const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  // Comment forms (WordPress and friends).
  /^leave a (reply|comment)\b.{0,40}$/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  /^(name|email|website|comment)\s*\*?$/i,
  /^post comment$/i,
  /^save my name, email,? and website in this browser\b/i,
  /^(\d+\s+)?comments?(\s*\(\d+\))?$/i,
  /^(view|show|load|read) (all |more )?comments\b/i,
  /^cancel reply$/i,
  // Sharing and following.
  /^share( this( article| story| post)?| on \w+| via \w+)?\s*:?$/i,
  /^(share|tweet|email|print|save|copy link|facebook|twitter|linkedin|whatsapp|pinterest|reddit)(\s*[|•·,/]\s*(share|tweet|email|print|save|copy link|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit))*$/i,
  /^follow us( on\b.*)?$/i,
  // Newsletters and subscriptions.
  /^.{0,80}\b(sign up|subscribe|get|join)\b.{0,60}\bnewsletters?\b.{0,80}$/i,
  /^subscribe( now| today)?[.!]?$/i,
  // Cookies.
  /^.{0,60}\b(we|this (web)?site) uses? cookies\b.{0,200}$/i,
  /^(accept|reject|manage) (all )?cookies$/i,
  /^cookie (policy|settings|preferences)$/i,
  // Ads and promotions.
  /^(advertisement|advertising|sponsored( content)?|ad|promoted|paid content)$/i,
  /^(story|article) continues below( advertisement)?$/i,
  /^click here\b/i,
  // Related links and navigation.
  /^(related|related (articles|stories|posts|coverage|content)|see also|also read|read also|more from .{1,40}|more on this story|you (might|may) also like|recommended( for you)?|most (read|popular)|trending( now)?|editor'?s picks|top stories)\s*(:.*)?$/i,
  /^read more\s*([:»›>|-].*)?$/i,
  /^(post navigation|previous (post|article)|next (post|article))\b.{0,120}$/i,
  /^(tags?|filed under|categories|topics)\s*:/i,
  /^(skip to (main )?content|back to top|jump to)\b.{0,40}$/i,
  // Copyright lines.
  /^(©|\(c\)|copyright\b).{0,120}$/i,
  /^all rights reserved\.?$/i,
];

/** Lines that open the comment section: everything after them is readers' comments, not story. */
const COMMENT_SECTION_START = [/^leave a (reply|comment)\b.{0,40}$/i, /^(\d+\s+)?(comments?|responses?|replies)(\s*\(\d+\))?$/i];

/** Longer lines are prose: boilerplate is short, so skip the patterns (and stay linear on 1 MB lines). */
const MAX_BOILERPLATE_LENGTH = 300;

/** True when the line (already whitespace-collapsed) is site chrome rather than story. */
export function isBoilerplate(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_BOILERPLATE_LENGTH) return false;
  return BOILERPLATE_PATTERNS.some((pattern) => pattern.test(text));
}

/** True when the line opens a comment section, after which nothing belongs to the article. */
export function startsCommentSection(line: string): boolean {
  const text = line.trim();
  return text.length <= 60 && COMMENT_SECTION_START.some((pattern) => pattern.test(text));
}
