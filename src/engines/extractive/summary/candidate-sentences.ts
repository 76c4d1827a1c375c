import type { Article } from '../../../core/article.js';
import { startsInsideQuotation } from '../sentences/inside-quotation.js';
import { splitSentences, type SentenceSpan } from '../sentences/split-sentences.js';
import { isBoilerplate } from './boilerplate.js';
import { isDangling } from './dangling-sentence.js';
import { isPhotoCaption } from './photo-caption.js';
import { leadingPronoun } from './pronoun-referent.js';
import { isTeaser } from './teaser-sentence.js';

/** A sentence of the article that may become a bullet. */
export interface CandidateSentence {
  /** Position among all paragraph sentences of the article (0 = the lead). */
  position: number;
  start: number;
  end: number;
  text: string;
  words: number;
  /** Which part of the article, counting the headings before it (0 = before the first heading). */
  section: number;
  /** Position within its section (0 = the sentence right after a heading, or the lead). */
  sectionPosition: number;
  /** Needs the sentence before it (opens with "He", "But", a pronoun-attributed quote…), or is cut mid-quotation. */
  dangling: boolean;
  /** Dangling only because it leans on the sentence before it: it reads well right after that sentence. */
  leansOnPrevious: boolean;
  /** A "he"/"she"/"his"/"her" whose person is named earlier: shown only after a sentence naming someone who fits. */
  pronoun: 'm' | 'f' | null;
  /** Reads alone but says little: a photo caption, an opening kicker, the reporter's "we". Shown only to reach three bullets. */
  weak: boolean;
  /** Teases rather than tells ("Never mind cats having nine lives."): a bullet, but not the TL;DR. */
  teaser: boolean;
}

const MIN_WORDS = 6;
const MAX_WORDS = 80;
/** Ranking is quadratic in the sentences; past this many, later ones are not considered (news leads). */
const MAX_CANDIDATES = 300;
/** Without a final stop it may be a heading the cleaner missed ("Trump’s Influence Fails to Sway Kremlin Strategy"). */
const ENDS_LIKE_A_SENTENCE = /[.!?…][”"’')\]]*$/u;
/** A dateline this far in still marks where the story starts. */
const DATELINE_WITHIN = 6;
/**
 * "WASHINGTON (CNN) -- ", "BAGHDAD, Iraq (CNN) -- ", "(CNN) — ", "LONDON (Reuters) - ": a dateline is
 * not part of the sentence's point. The place opens in capitals; a state or country may follow it.
 */
const AGENCY_DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{M} .'’-]{1,30}(?:,\s*[\p{Lu}][\p{L}\p{M} .'’-]{1,30})?\s*)?\((?:CNN|AP|Reuters|AFP|Bloomberg|UPI)\)\s*(?:--|—|–|-|:)?\s*/u;
/** "WASHINGTON — ", "SCRANTON, Pa. — ", "HOUSTON, July 21, 1969 — ": a place in capitals, maybe a state and a date, then a dash. */
const PLACE_DATELINE =
  /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,30}(?:,\s*[\p{Lu}][\p{L}\p{M}.'’ -]{1,20}?)?(?:,\s*(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s+(?:--|—|–)\s+/u;
/** The dateline opening the text, or null. */
const dateline = (text: string): RegExpExecArray | null => AGENCY_DATELINE.exec(text) ?? PLACE_DATELINE.exec(text);

/**
 * The article's paragraph sentences fit to be bullets: never a heading, a copy of the headline,
 * boilerplate, a fragment, a run-on of many sentences, or the second half of a quotation. A leading dateline is cut off (the rest is
 * still a verbatim slice of the article).
 */
export function candidateSentences(article: Article): CandidateSentence[] {
  const title = normalise(article.title);
  const sentences = storySentences(article);
  const out: CandidateSentence[] = [];
  sentences.forEach(({ span, section, sectionPosition, insideQuotation, endsInQuotation, paragraph, alone }, position) => {
    // Half a quotation is never shown alone: it has no opening mark and often no speaker.
    if (out.length >= MAX_CANDIDATES || insideQuotation) return;
    let start = span.start;
    const opening = dateline(article.text.slice(span.start, span.end));
    if (opening) start += opening[0].length;
    const text = article.text.slice(start, span.end);
    const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (words < MIN_WORDS || words > MAX_WORDS) return;
    if (!ENDS_LIKE_A_SENTENCE.test(text) || !/\p{Ll}/u.test(text) || isAside(text) || isBoilerplate(text) || isHeadlineCopy(normalise(text), title)) return;
    const teaser = isTeaser(text);
    // An opening that names nothing is a kicker ("Never mind cats having nine lives."): alone, it says nothing.
    const kicker = teaser && position === 0;
    const leans = isDangling(text);
    const dangling = leans || endsInQuotation;
    const leansOnPrevious = leans && !endsInQuotation;
    const pronoun = leans ? leadingPronoun(text) : null;
    // "We toured the jail with Leifman.": the reporter's own first person is an aside, not the story.
    const firstPerson = /^(?:We|I|Our|My|Us)\b/u.test(text);
    const weak = kicker || firstPerson || isPhotoCaption(text, paragraph, alone, words);
    out.push({ position, start, end: span.end, text, words, section, sectionPosition, dangling, leansOnPrevious, pronoun, weak, teaser });
  });
  return out;
}

interface StorySentence {
  span: SentenceSpan;
  section: number;
  sectionPosition: number;
  /** Begins inside a quotation an earlier sentence opened (The Eagle has landed,” Armstrong radioed…). */
  insideQuotation: boolean;
  /** Ends with a quotation still open ('… marched Wednesday chanting "We are not afraid.'): it is cut mid-quote. */
  endsInQuotation: boolean;
  /** Which paragraph of the story (0 = the first), and whether the sentence is all of it. */
  paragraph: number;
  alone: boolean;
}

/**
 * The sentences of the paragraphs, with their section (headings start a new one). When a dateline
 * ("MIAMI, Florida (CNN) --") opens one of the first sentences, the story starts there: what comes
 * before it is an editor's note, a photo caption or a standfirst, not the story.
 */
function storySentences(article: Article): StorySentence[] {
  const out: StorySentence[] = [];
  let section = 0;
  let sectionPosition = 0;
  let paragraph = -1;
  for (const block of article.blocks) {
    if (block.kind === 'paragraph') paragraph += 1;
    if (block.kind !== 'paragraph') {
      if (sectionPosition > 0) section += 1;
      sectionPosition = 0;
      continue;
    }
    const spans = splitSentences(article.text, block.start, block.end);
    // The state at each sentence start, and at the paragraph's end: a sentence ends inside a quotation when the next begins inside it.
    const inside = startsInsideQuotation(article.text, block.start, [...spans, { start: block.end, end: block.end }]);
    spans.forEach((span, i) => {
      const quotation = { insideQuotation: inside[i] === true, endsInQuotation: inside[i + 1] === true };
      out.push({ span, section, sectionPosition, ...quotation, paragraph, alone: spans.length === 1 });
      sectionPosition += 1;
    });
  }
  const storyStart = out.slice(0, DATELINE_WITHIN).findIndex(({ span }) => dateline(article.text.slice(span.start, span.end)) !== null);
  if (storyStart <= 0) return out;
  const first = (out[storyStart] as StorySentence).paragraph;
  return out.slice(storyStart).map((s) => ({ ...s, paragraph: s.paragraph - first }));
}

/** A sentence wholly in brackets is an aside ("(Subscribe to the podcast here.)"), not a point of the story. */
function isAside(text: string): boolean {
  return /^[(\[]/u.test(text) && /[)\]][.!?]?$/u.test(text);
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The headline itself, or nearly all of its words in nearly the same length. */
function isHeadlineCopy(sentence: string, title: string): boolean {
  if (title === '') return false;
  if (sentence === title || sentence.startsWith(title)) return true;
  const a = new Set(sentence.split(' '));
  const b = new Set(title.split(' '));
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / Math.max(a.size, b.size) >= 0.8;
}
