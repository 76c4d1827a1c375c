import type { SpeakerKind } from '../quote.js';
import { parseName } from './name-key.js';
import { agreesWithAll } from './same-speaker.js';
import { byQuotesDesc, recordNames, type SpeakerCandidates, type SpeakerRecord } from './speaker-record.js';

/** Where an incoming quote's speaker goes: an existing speaker, a bare-surname speaker given its full name, or a new one. */
export type SpeakerChoice =
  | { action: 'existing'; id: number }
  | { action: 'promote'; id: number }
  | { action: 'new' };

const mostQuoted = (rows: readonly SpeakerRecord[]): SpeakerRecord | undefined => [...rows].sort(byQuotesDesc)[0];

/**
 * Chooses the stored speaker for a name from one article. `taken` holds the speakers already
 * chosen for the article's *other* names: an article that names "Bill Clinton" and also quotes
 * a bare "Mrs. Clinton" is telling us she is someone else, so she never joins him.
 *
 * - same key, then a recorded alias: that speaker;
 * - a full name joins the most quoted stored full name it and its aliases agree with; failing
 *   that, a lone bare-surname speaker ("Zelenskyy") is promoted to the full name;
 * - a bare surname joins the one stored full name with that surname (not taken); with none it
 *   joins a bare speaker of that surname; with several it stays its own, ambiguous speaker.
 */
export function chooseSpeaker(
  incoming: { name: string; kind: SpeakerKind; aliases?: readonly string[] },
  found: SpeakerCandidates,
  taken: ReadonlySet<number> = new Set(),
): SpeakerChoice {
  const exact = mostQuoted(found.byKey);
  if (exact) return { action: 'existing', id: exact.id };
  const parsed = parseName(incoming.name);
  // The article's other spellings of this person must agree too: "George Bush" called "George W. Bush" is not H. W.
  const sameSurnameAliases = (incoming.aliases ?? []).map(parseName).filter((a) => a.surname === parsed.surname && a.given !== null);
  const agrees = (r: SpeakerRecord): boolean => [parsed, ...sameSurnameAliases].every((a) => agreesWithAll(a, recordNames(r)));
  const aliasFits = (r: SpeakerRecord): boolean => {
    if (taken.has(r.id)) return false;
    return incoming.kind !== 'person' || r.kind !== 'person' || parseName(r.name).surname !== parsed.surname || agrees(r);
  };
  const alias = mostQuoted(found.byAlias.filter(aliasFits));
  if (alias) return { action: 'existing', id: alias.id };
  if (incoming.kind !== 'person') return { action: 'new' };

  const people = found.bySurname.filter((r) => r.kind === 'person').map((r) => ({ row: r, parsed: parseName(r.name) }));
  const full = people.filter((p) => p.parsed.given !== null);
  const bare = people.filter((p) => p.parsed.given === null);
  if (parsed.given !== null) {
    const agreeing = mostQuoted(full.filter((p) => agrees(p.row)).map((p) => p.row));
    if (agreeing) return { action: 'existing', id: agreeing.id };
    const lone = bare.length === 1 && full.length === 0 ? bare[0] : undefined;
    return lone ? { action: 'promote', id: lone.row.id } : { action: 'new' };
  }
  const free = full.filter((p) => !taken.has(p.row.id));
  if (free.length === 1) return { action: 'existing', id: free[0]!.row.id };
  const bareRow = full.length === 0 ? mostQuoted(bare.map((p) => p.row)) : undefined;
  return bareRow ? { action: 'existing', id: bareRow.id } : { action: 'new' };
}
