import type { Article } from '../../../core/article.js';
import type { SpeakerKind } from '../../../core/quote.js';
import { analyzeQuotes } from './analyze-quotes.js';
import { speakerKindOf } from './resolve-speaker.js';

/**
 * People and sources named in the article (named people, organisations, and the unnamed sources
 * the engine credited), each with the other spellings seen, so a model-named speaker can be checked.
 * Places are left out unless something was credited to them ("Moscow said").
 */
export function speakersInArticle(article: Article): Array<{ name: string; aliases: string[]; kind: SpeakerKind }> {
  return analyzeQuotes(article)
    .registry.entities.filter((e) => e.kind !== 'place' || e.speaker)
    .filter((e) => e.kind !== 'person' || e.strong || e.speaker)
    .map((e) => ({ name: e.name, aliases: [...e.aliases].filter((a) => a !== e.name), kind: speakerKindOf(e) }));
}
