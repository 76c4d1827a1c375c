import type { Article } from '../../../core/article.js';
import type { SpeakerKind } from '../../../core/quote.js';
import { analyzeQuotes } from './analyze-quotes.js';
import { speakerKindOf } from './resolve-speaker.js';

/** Who the extractive engine credits for the quote at (or overlapping) article offsets start..end; null when nobody. */
export function attributeSpan(
  article: Article,
  start: number,
  end: number,
): { speaker: string; role: string | null; speakerKind: SpeakerKind } | null {
  let best: { overlap: number; speaker: NonNullable<ReturnType<typeof analyzeQuotes>['candidates'][number]['speaker']> } | null = null;
  for (const c of analyzeQuotes(article).candidates) {
    if (!c.speaker) continue;
    const overlap = Math.min(end, c.end) - Math.max(start, c.start);
    const touches = overlap > 0 || (start === end && start >= c.start && start <= c.end);
    if (touches && (!best || overlap > best.overlap)) best = { overlap, speaker: c.speaker };
  }
  if (!best) return null;
  return { speaker: best.speaker.name, role: best.speaker.role, speakerKind: speakerKindOf(best.speaker) };
}
