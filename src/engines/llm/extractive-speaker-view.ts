import type { Article } from '../../core/article.js';
import { parseName, sourceKey, type ParsedName } from '../../core/speakers/name-key.js';
import { sameParsedSpeaker } from '../../core/speakers/same-speaker.js';
import { attributeSpan, speakersInArticle } from '../extractive/quotes/index.js';
import type { SpeakerView } from './verify-speaker.js';

const memo = <T>(f: (s: string) => T): ((s: string) => T) => {
  const seen = new Map<string, T>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      v = f(s);
      seen.set(s, v);
    }
    return v;
  };
};

/** The extractive engine's view of the article's speakers, for verification. */
export function extractiveSpeakerView(article: Article): SpeakerView {
  // Names are parsed once per view: verification compares each model speaker with every article speaker.
  const parsed = memo<ParsedName>(parseName);
  const source = memo(sourceKey);
  return {
    speakers: speakersInArticle(article),
    attributeSpan: (start, end) => attributeSpan(article, start, end),
    sameSpeaker: (a, b) => sameParsedSpeaker(parsed(a), parsed(b)) || source(a) === source(b),
  };
}
