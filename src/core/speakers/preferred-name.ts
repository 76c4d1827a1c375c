import type { SpeakerKind } from '../quote.js';
import { parseName } from './name-key.js';

/** How often one spelling of a speaker's name was used, in quotes. */
export interface SpellingCount {
  spelling: string;
  quotes: number;
}

/**
 * The name to show for a speaker: its most quoted spelling, so an early misreading ("Year Barack
 * Obama") gives way once the usual one ("Barack Obama") outnumbers it. For a person only full
 * names with the speaker's surname compete (a bare "Obama" never replaces "Barack Obama"); on a
 * tie the current name stays.
 */
export function preferredName(current: string, kind: SpeakerKind, spellings: readonly SpellingCount[]): string {
  let eligible = spellings;
  if (kind === 'person') {
    const surname = parseName(current).surname;
    const sameSurname = spellings.filter((s) => parseName(s.spelling).surname === surname);
    const full = sameSurname.filter((s) => parseName(s.spelling).given !== null);
    eligible = full.length > 0 ? full : sameSurname;
  }
  const currentCount = eligible.find((s) => s.spelling === current)?.quotes ?? -1;
  let best = { spelling: current, quotes: currentCount };
  for (const s of eligible) if (s.quotes > best.quotes || (s.quotes === best.quotes && best.spelling !== current && s.spelling < best.spelling)) best = s;
  return best.spelling;
}
