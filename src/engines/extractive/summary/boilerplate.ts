/**
 * Site furniture that is not news: comment forms, share buttons, newsletter and cookie prompts,
 * "Watch …»" links, credit lines. The ingest cleaner drops most of it; the summary stays defensive.
 */
const BOILERPLATE: readonly RegExp[] = [
  /\bleave a (?:reply|comment)\b/iu,
  /\brequired fields are marked\b/iu,
  /\byour email address will not be published\b/iu,
  /^\s*(?:share|tweet|email|print)(?: this| on| via)?\b.{0,40}$/iu,
  /\bshare this (?:article|story|post)\b/iu,
  /\b(?:sign up|subscribe)\b.{0,60}\b(?:newsletter|updates|inbox|e-?mail|podcast|itunes|channel|here)\b/iu,
  /\bnewsletter\b.{0,40}\b(?:sign up|subscribe|inbox)\b/iu,
  /\b(?:we|this (?:site|website)) uses? cookies\b/iu,
  /\b(?:accept|manage)(?: all)? cookies\b/iu,
  /\ball rights reserved\b/iu,
  /(?:©|\(c\))\s*\d{4}/iu,
  /\bclick here\b/iu,
  /^\s*(?:read more|related|advertisement|watch|video|photos?|image|caption)\s*[:»|-]/iu,
  /»\s*$/u,
  /\be-?mail to a friend\b/iu,
  /\bcontributed to this (?:report|story)\b/iu,
  /\bfollow (?:us|@\w+) on\b/iu,
];

/** True when the sentence is site furniture rather than part of the story. */
export function isBoilerplate(sentence: string): boolean {
  return BOILERPLATE.some((pattern) => pattern.test(sentence));
}
