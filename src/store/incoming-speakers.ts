import type { FoundQuote, SpeakerKind } from '../core/quote.js';
import { parseName } from '../core/speakers/name-key.js';
import { speakerKeys } from '../core/speakers/speaker-record.js';

/** One speaker name of an article being saved, with every alias its quotes carry. */
export interface IncomingSpeaker {
  name: string;
  kind: SpeakerKind;
  aliases: string[];
}

/**
 * The article's distinct speakers, full-named people first: a bare surname is resolved after the
 * article's full names so it can tell it is not one of them.
 */
export function incomingSpeakers(quotes: readonly FoundQuote[]): IncomingSpeaker[] {
  const byName = new Map<string, IncomingSpeaker>();
  for (const q of quotes) {
    const name = q.speaker.trim();
    const known = byName.get(name) ?? { name, kind: q.speakerKind, aliases: [] };
    known.aliases.push(...q.speakerAliases);
    byName.set(name, known);
  }
  const fullNamed = (s: IncomingSpeaker): number => Number(s.kind === 'person' && parseName(s.name).given !== null);
  return [...byName.values()].sort((a, b) => fullNamed(b) - fullNamed(a));
}

/**
 * Alias keys worth recording for a speaker: not its own key, and not its bare surname (surname
 * matching covers that, and "Clinton" must not become one Clinton's exact alias). "Xi" for Xi
 * Jinping is kept: it is not his surname as the name reads.
 */
export function aliasKeys(speaker: { name: string; kind: SpeakerKind }, aliases: readonly string[]): Map<string, string> {
  const own = speakerKeys(speaker.name, speaker.kind);
  const keys = new Map<string, string>();
  for (const alias of [speaker.name, ...aliases]) {
    const key = speakerKeys(alias, speaker.kind).nameKey;
    if (key === '' || key === own.nameKey || key === own.surnameKey) continue;
    if (!keys.has(key)) keys.set(key, alias.trim());
  }
  return keys;
}
