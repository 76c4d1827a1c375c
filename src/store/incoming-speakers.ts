import type { FoundQuote, SpeakerKind } from '../core/quote.js';
import { parseName } from '../core/speakers/name-key.js';
import { sameParsedSpeaker } from '../core/speakers/same-speaker.js';
import { chooseSpeaker, type SpeakerChoice } from '../core/speakers/choose-speaker.js';
import { speakerKeys, type SpeakerCandidates, type SpeakerKeys } from '../core/speakers/speaker-record.js';

/** One speaker of an article being saved: its first spelling, every other one, and every alias its quotes carry. */
export interface IncomingSpeaker {
  name: string;
  kind: SpeakerKind;
  /** Every spelling the article's quotes use for this speaker ("Zelenskyy", "Zelenskiy"): one key, one speaker. */
  spellings: string[];
  aliases: string[];
}

/**
 * The article's distinct speakers (spellings with one key are one speaker), full-named people
 * first: a bare surname is resolved after the article's full names so it can tell it is not one of them.
 */
export function incomingSpeakers(quotes: readonly FoundQuote[]): IncomingSpeaker[] {
  const byKey = new Map<string, IncomingSpeaker>();
  for (const q of quotes) {
    const name = q.speaker.trim();
    const key = `${q.speakerKind === 'person' ? 'p' : 'o'}:${speakerKeys(name, q.speakerKind).nameKey}`;
    const known = byKey.get(key) ?? { name, kind: q.speakerKind, spellings: [], aliases: [] };
    if (!known.spellings.includes(name)) known.spellings.push(name);
    known.aliases.push(...q.speakerAliases);
    byKey.set(key, known);
  }
  const fullNamed = (s: IncomingSpeaker): number => Number(s.kind === 'person' && parseName(s.name).given !== null);
  return [...byKey.values()].sort((a, b) => fullNamed(b) - fullNamed(a));
}

/** Each spelling of each incoming speaker, resolved to a stored speaker id by `resolve`, in order. */
export function resolveSpeakerIds(quotes: readonly FoundQuote[], resolve: (incoming: IncomingSpeaker, taken: ReadonlySet<number>) => number): Map<string, number> {
  const ids = new Map<string, number>();
  for (const incoming of incomingSpeakers(quotes)) {
    const id = resolve(incoming, new Set(ids.values()));
    for (const spelling of incoming.spellings) ids.set(spelling, id);
  }
  return ids;
}

/**
 * Alias keys worth recording for a speaker: not its own key, and not its bare surname (surname
 * matching covers that, and "Clinton" must not become one Clinton's exact alias). "Xi" for Xi
 * Jinping is kept: it is not his surname as the name reads. Nor one that disagrees with its name.
 */
export function aliasKeys(own: SpeakerKeys & { name: string }, kind: SpeakerKind, aliases: readonly string[]): Map<string, string> {
  const keys = new Map<string, string>();
  const identity = parseName(own.name);
  for (const alias of aliases) {
    const key = speakerKeys(alias, kind).nameKey;
    if (key === '' || key === own.nameKey || key === own.surnameKey) continue;
    // An alias that names someone else with the same surname ("George W. Bush" seen beside a
    // "George Bush" filed under George H. W. Bush) would graft the wrong person on.
    const parsed = parseName(alias);
    if (kind === 'person' && parsed.surname === identity.surname && !sameParsedSpeaker(parsed, identity)) continue;
    if (!keys.has(key)) keys.set(key, alias.trim());
  }
  return keys;
}

/** Per stored speaker, how many of the article's quotes each spelling carries. */
export function countSpellings(quotes: readonly FoundQuote[], ids: ReadonlyMap<string, number>): Map<number, Map<string, number>> {
  const counts = new Map<number, Map<string, number>>();
  for (const q of quotes) {
    const spelling = q.speaker.trim();
    const id = ids.get(spelling)!;
    const bySpelling = counts.get(id) ?? new Map<string, number>();
    bySpelling.set(spelling, (bySpelling.get(spelling) ?? 0) + 1);
    counts.set(id, bySpelling);
  }
  return counts;
}

/**
 * Gathers the candidates for an incoming speaker (its key and surname, and the keys of its aliases)
 * through a store's `candidates`, and chooses among them. Both stores decide through this.
 */
export function decideSpeaker(
  incoming: IncomingSpeaker,
  taken: ReadonlySet<number>,
  candidates: (keys: readonly string[], surnameKey: string | null) => SpeakerCandidates,
): { choice: SpeakerChoice; keys: SpeakerKeys } {
  const keys = speakerKeys(incoming.name, incoming.kind);
  const aliasKeyList = [...aliasKeys({ ...keys, name: incoming.name }, incoming.kind, incoming.aliases).keys()];
  const found = candidates([keys.nameKey], incoming.kind === 'person' ? keys.surnameKey : null);
  const viaAliases = aliasKeyList.length > 0 ? candidates(aliasKeyList, null) : undefined;
  const byAlias = [...found.byAlias, ...(viaAliases ? [...viaAliases.byKey, ...viaAliases.byAlias] : [])];
  return { choice: chooseSpeaker(incoming, { ...found, byAlias }, taken), keys };
}
