import type { Article } from '../../core/article.js';
import { sourceKey } from '../../core/speakers/name-key.js';
import { sameSpeaker } from '../../core/speakers/same-speaker.js';
import { attributeSpan, speakersInArticle } from '../extractive/quotes/index.js';
import type { SpeakerView } from './verify-speaker.js';

/** Same person ("Zelensky" / "Volodymyr Zelenskyy") or same unnamed source ("a European diplomat" / "European diplomat"). */
export function speakersMatch(a: string, b: string): boolean {
  return sameSpeaker(a, b) || sourceKey(a) === sourceKey(b);
}

/** The extractive engine's view of the article's speakers, for verification. */
export function extractiveSpeakerView(article: Article): SpeakerView {
  return {
    speakers: speakersInArticle(article),
    attributeSpan: (start, end) => attributeSpan(article, start, end),
    sameSpeaker: speakersMatch,
  };
}
