import { renderNoQuotesText, renderQuotesText, renderSpeakersText } from '../render/render-quotes-text.js';
import type { CommandDeps } from './deps.js';
import type { CommandRequest, Reply } from './types.js';

const QUOTE_LIMIT = 20;
const SPEAKER_LIMIT = 25;

/** `/quotes [speaker]`: a speaker's quotes newest first; no argument lists speakers with counts. */
export async function runQuotes(deps: CommandDeps, request: CommandRequest): Promise<Reply> {
  const query = request.text.trim().replace(/\s+/gu, ' ').slice(0, 100);
  if (query === '') {
    const speakers = await deps.quotes.speakers({ limit: SPEAKER_LIMIT });
    const heading = speakers.length > 0 ? 'Quoted speakers (quotes):' : 'No quotes stored yet — digest an article with /summary <url> first.';
    return { kind: 'speakers', text: renderSpeakersText(heading, speakers), speakers, heading };
  }
  const result = await deps.quotes.quotesBySpeaker(query, { limit: QUOTE_LIMIT });
  if (!result.found) {
    const heading = `No quotes by ${query}.` + (result.suggestions.length > 0 ? ' Closest speakers with quotes:' : '');
    return { kind: 'speakers', text: renderNoQuotesText(query, result.suggestions), speakers: result.suggestions, heading };
  }
  return { kind: 'quotes', text: renderQuotesText(result.speaker, result.quotes, result.others), speaker: result.speaker, quotes: result.quotes };
}
