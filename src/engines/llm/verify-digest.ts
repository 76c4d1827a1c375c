import type { Article } from '../../core/article.js';
import { countWords } from '../../core/article.js';
import type { FoundQuote } from '../../core/quote.js';
import type { ModelDigest } from './model-output.js';
import { claimVocabulary, verifyClaim } from './verify-claims.js';
import { indexArticle, verifyQuoteText } from './verify-quote-text.js';
import { verifySpeaker, type SpeakerView } from './verify-speaker.js';

/** One piece of model output that verification did not let through, and why. */
export interface Dropped {
  reason: string;
  what: string;
}

export interface VerifiedDigest {
  tldr: string;
  bullets: string[];
  /** Model quotes that survived, with the article's own span and speaker; in the model's order. */
  quotes: FoundQuote[];
  dropped: Dropped[];
  /** Quotes kept under another speaker than the model named. */
  speakersCorrected: number;
}

/** Stand-ins when the model's TL;DR or every bullet fails verification. */
export interface ExtractiveText {
  tldr: string;
  bullets: string[];
}

/**
 * Lets through only what the article supports: quotes found verbatim and credited to someone it
 * names; bullets and TL;DR without invented numbers or names. Pure; every drop is reported.
 */
export function verifyDigest(article: Article, view: SpeakerView, model: ModelDigest, fallback: ExtractiveText): VerifiedDigest {
  const dropped: Dropped[] = [];
  const index = indexArticle(article);
  const quotes: FoundQuote[] = [];
  let speakersCorrected = 0;
  for (const q of model.quotes) {
    const found = verifyQuoteText(index, q.text);
    if (!found.ok) {
      dropped.push({ reason: found.reason, what: q.text });
      continue;
    }
    if (quotes.some((k) => k.start < found.end && found.start < k.end)) {
      dropped.push({ reason: 'quote_duplicate', what: q.text });
      continue;
    }
    const who = verifySpeaker(view, q.speaker, found.start, found.end);
    if (!who.ok) {
      dropped.push({ reason: who.reason, what: `${q.speaker}: ${q.text}` });
      continue;
    }
    if (who.corrected) speakersCorrected += 1;
    quotes.push({
      speaker: who.speaker,
      role: who.role,
      text: found.text,
      start: found.start,
      end: found.end,
      fragment: countWords(found.text) <= 3,
      speakerKind: who.kind,
      speakerAliases: who.aliases,
    });
  }

  const vocabulary = claimVocabulary(`${article.title}\n${article.text}`);
  const supported = (sentence: string): boolean => {
    const check = verifyClaim(vocabulary, sentence);
    if (!check.ok) dropped.push({ reason: check.reason, what: `${check.token} in: ${sentence}` });
    return check.ok;
  };
  const modelBullets = model.bullets.map((b) => b.trim()).filter((b) => b !== '');
  let bullets = modelBullets.filter(supported);
  if (bullets.length === 0) bullets = fallback.bullets;
  const tldr = model.tldr.trim() !== '' && supported(model.tldr.trim()) ? model.tldr.trim() : fallback.tldr;
  return { tldr, bullets, quotes, dropped, speakersCorrected };
}

/** Drops counted by reason, for the metric. */
export function countDrops(dropped: readonly Dropped[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of dropped) counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1);
  return counts;
}
