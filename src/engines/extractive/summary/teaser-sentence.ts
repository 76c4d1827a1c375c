/**
 * A feature-style opening that teases instead of telling: "Never mind cats having nine lives.",
 * "For the first time in eight years, a TV legend returned to doing what he does best." Fine as a
 * bullet, poor as a TL;DR: a TL;DR names who or what — a person, a place, a number.
 */
const DIGIT = /\p{Nd}/u;
/** A capitalised word with lower-case letters in it: Zarif, Washington, McCain (not "TV", not "I"). */
const NAME = /^\p{Lu}[\p{L}’'.-]*\p{Ll}/u;

/** True when the sentence names nothing: no digit, and no capitalised word past its first. */
export function isTeaser(sentence: string): boolean {
  if (DIGIT.test(sentence)) return false;
  const words = sentence.match(/[\p{L}][\p{L}’'.-]*/gu) ?? [];
  return !words.slice(1).some((w) => NAME.test(w));
}
