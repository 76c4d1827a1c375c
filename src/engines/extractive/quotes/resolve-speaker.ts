import type { SpeakerKind } from '../../../core/quote.js';
import { NATIONALITIES, PLURAL_HEADS, ROLE_NOUNS } from '../speakers/name-lexicon.js';
import type { Entity, Mention, SpeakerRegistry } from '../speakers/speaker-registry.js';
import { normalizeUnnamed } from '../speakers/unnamed-source.js';
import type { SpeakerPhrase } from './attribute-quote.js';
import type { Token } from './tokenize-paragraph.js';

/** Where a quote sits, for pronoun resolution. */
export interface QuotePlace {
  para: number;
  sentence: number;
  /** Article offset of the quote's opening mark. */
  start: number;
}

/** A quote already credited, earlier in the article. */
export interface EarlierQuote {
  place: QuotePlace;
  end: number;
  speaker: Entity;
}

const MODIFIED_BY = new Set(
  'campaign camp spokesman spokeswoman spokesperson aide aides adviser advisers advisor staff team administration official officials office allies supporters lawyer lawyers attorney attorneys family foundation press'.split(' '),
);
const ORG_HEADS = new Set('campaign camp team administration office government ministry department committee party agency company network statement report'.split(' '));
const PRONOUN_GENDER: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', she: 'f', her: 'f' };
const LOOKBACK_PARAGRAPHS = 3;
const PRONOUN_WORDS = new Set('he she they it i we you him them us me'.split(' '));
const POSSESSIVE_WORDS = new Set('his her their its our my your'.split(' '));
const HEAD_JUNK = new Set('a an the of to in on at by for with from as and or but that this these those its his her their our my your which who what there here also then now'.split(' '));
const LEADS = /^(?:one|a|an|the|another|two|three|four|five|several|some|many|most|few|his|her|their|its|our|other|senior|top|both|all)$/u;

/** An unnamed source reads as one: "a senior official", "two aides", "officials" — not a clause fragment. */
function isDescriptor(words: Token[]): boolean {
  if (words.length === 0 || words.length > 7 || words.some((w, i) => PRONOUN_WORDS.has(w.lower) || (i > 0 && POSSESSIVE_WORDS.has(w.lower)))) return false;
  const head = words[words.length - 1]!;
  if (HEAD_JUNK.has(head.lower) || (!head.cap && (/(?:ly|ing|ed)$/u.test(head.lower) || head.lower.length < 3))) return false;
  const first = words[0]!;
  return LEADS.test(first.lower) || first.cap || ROLE_NOUNS.has(head.lower) || PLURAL_HEADS.has(head.lower);
}

/** The entity kind as the quote contract sees it. */
export function speakerKindOf(e: Entity): SpeakerKind {
  return e.kind === 'place' ? 'organization' : e.kind;
}

function fitsPronoun(e: Entity, gender: 'm' | 'f'): boolean {
  if (e.kind === 'unnamed') return !e.plural;
  return e.kind === 'person' && (e.strong || e.speaker) && (e.gender === null || e.gender === gender);
}

function resolveGendered(gender: 'm' | 'f', place: QuotePlace, registry: SpeakerRegistry, earlier: EarlierQuote[], exclude: Set<number>): Entity | null {
  const before = registry.mentions.filter(
    (m) => m.start < place.start && m.para >= place.para - LOOKBACK_PARAGRAPHS && !exclude.has(m.start) && fitsPronoun(m.entity, gender),
  );
  const prev = [...earlier].reverse().find((q) => q.place.para >= place.para - LOOKBACK_PARAGRAPHS);
  if (prev && fitsPronoun(prev.speaker, gender)) {
    // Only a rival that looks like a sentence subject (first plain mention of its sentence) unseats the last speaker.
    const rival = before.some(
      (m) => m.start > prev.end && m.entity !== prev.speaker && m.entity.kind === 'person' && !m.fronted && !m.possessive &&
        !before.some((o) => o !== m && o.para === m.para && o.sentence === m.sentence && o.start < m.start && !o.fronted),
    );
    if (!rival) return prev.speaker;
  }
  const last = before[before.length - 1];
  if (!last) return prev && fitsPronoun(prev.speaker, gender) ? prev.speaker : null;
  // The first fitting person of the nearest sentence naming one, outside a fronted clause and not a
  // possessive when a plain mention exists: usually the sentence's subject.
  const sameSentence = before.filter((m) => m.para === last.para && m.sentence === last.sentence);
  const ranked = [...sameSentence].sort(
    (a, b) => Number(b.speaks) - Number(a.speaks) || Number(a.fronted) - Number(b.fronted) || Number(a.possessive) - Number(b.possessive) || a.start - b.start,
  );
  return ranked[0]!.entity;
}

function resolvePlural(place: QuotePlace, registry: SpeakerRegistry, earlier: EarlierQuote[]): Entity | null {
  const prev = earlier[earlier.length - 1];
  if (prev && prev.place.para >= place.para - 1 && (prev.speaker.plural || prev.speaker.kind === 'organization')) return prev.speaker;
  const org = registry.mentions.filter((m) => m.start < place.start && m.para >= place.para - 1 && m.entity.kind === 'organization').pop();
  return org?.entity ?? null;
}

const TITLE_ABBREVIATIONS: Record<string, string> = {
  'sen.': 'senator', 'sens.': 'senator', 'rep.': 'representative congressman congresswoman', 'gov.': 'governor',
  'gen.': 'general', 'lt.': 'lieutenant', 'sec.': 'secretary', 'pres.': 'president', 'dr.': 'doctor', 'atty.': 'attorney',
};

/** A role with its abbreviated titles spelled out, lowercase ("Sen." → "senator"). */
function expandTitles(role: string): string {
  return role.toLowerCase().split(/\s+/u).map((w) => TITLE_ABBREVIATIONS[w] ?? w).join(' ');
}

/** A definite description ("the senator", "the diplomat") refers back to someone with that role or head noun. */
function resolveDefinite(words: Token[], registry: SpeakerRegistry): Entity | null {
  if (words[0]?.lower !== 'the' || words.length > 5) return null;
  const head = words[words.length - 1]!.lower;
  const candidates = registry.entities.filter(
    (e) => (e.kind === 'person' && e.role !== null && expandTitles(e.role).includes(head)) || (e.kind === 'unnamed' && e.head === head),
  );
  return candidates.length === 1 ? candidates[0]! : candidates.find((e) => e.speaker) ?? null;
}

function headPerson(words: Token[], registry: SpeakerRegistry): Mention | null {
  for (let i = 0; i < words.length; i += 1) {
    const m = registry.mentionAt(words[i]!.start);
    if (!m || m.entity.kind !== 'person' || m.possessive) continue;
    let k = i;
    while (k + 1 < words.length && registry.mentionAt(words[k + 1]!.start) === m) k += 1;
    const next = words[k + 1];
    if (next && !next.cap && MODIFIED_BY.has(next.lower)) continue;
    return m;
  }
  return null;
}

/** Turns a speaker phrase into an entity: a named person, an organisation, a pronoun's referent or an unnamed source. */
export function resolveSpeaker(phrase: SpeakerPhrase, place: QuotePlace, registry: SpeakerRegistry, earlier: EarlierQuote[], articleText: string): Entity | null {
  const words = phrase.tokens.filter((t) => t.kind === 'word');
  if (words.length === 0) return null;
  if (words.length === 1 && /^(?:he|she|they|it|i|we|you)$/u.test(words[0]!.lower)) {
    const w = words[0]!.lower;
    const gender = PRONOUN_GENDER[w];
    if (gender) return resolveGendered(gender, place, registry, earlier, new Set(words.map((t) => t.start)));
    // "I"/"we"/"you" outside a quote are the writer or the reader: nobody to credit.
    return w === 'they' || w === 'it' ? resolvePlural(place, registry, earlier) : null;
  }
  const person = headPerson(words, registry);
  if (person) {
    person.entity.role ??= appositionRole(phrase.tokens, person, articleText);
    return person.entity;
  }
  if (phrase.kind === 'possessive') {
    const m = registry.mentionAt(words[0]!.start);
    return m?.entity ?? null;
  }
  const possessed = words.findIndex((t) => t.possessive && t.cap);
  const org = words.map((t) => registry.mentionAt(t.start)).find((m) => m && m.entity.kind !== 'person' && !m.possessive && possessed < 0);
  if (org) {
    const next = words.find((t) => t.start >= org.end);
    if (!next || next.cap) return org.entity;
  }
  const definite = resolveDefinite(words, registry);
  if (definite) return definite;
  const firstDet = words.findIndex((t) => /^(?:one|a|an|the|another|two|three|several|some|many)$/u.test(t.lower));
  const core = firstDet > 0 && !words.slice(0, firstDet).some((t) => t.cap) ? words.slice(firstDet) : words;
  const normal = isDescriptor(cutAtPreposition(core)) ? normalizeUnnamed(core.map((t) => articleText.slice(t.start, t.end))) : null;
  if (!normal) {
    // A clause rather than a name ("Hillary Clinton’s right-hand woman rallied supporters"): its first name.
    const mentioned = words.map((t) => registry.mentionAt(t.start)).filter((m): m is Mention => m !== undefined && m.entity.kind !== 'place');
    const first = mentioned.find((m) => m.entity.kind === 'person') ?? (mentioned[0]?.start === words[0]!.start ? mentioned[0] : undefined);
    return first && words.length > 2 ? first.entity : null;
  }
  const named = normal.name.split(' ').some((w) => /^\p{Lu}/u.test(w) && !NATIONALITIES.has(w.toLowerCase()));
  const kind: SpeakerKind = ORG_HEADS.has(normal.head) || named ? 'organization' : 'unnamed';
  const kept = cutAtPreposition(core);
  const asWritten = articleText.slice(kept[0]!.start, kept[kept.length - 1]!.end);
  // An organisation reads as written ("Mrs. Clinton's campaign", "the Clinton campaign"); so does a
  // definite description nobody in the article answers to ("the senator").
  const name = kind === 'organization' || core[0]!.lower === 'the' ? asWritten.replace(/^The /u, 'the ') : normal.name;
  return registry.addUnnamed(name, kind, normal.head, normal.plural);
}

const CUT_AT = new Set(['in', 'at', 'from', 'on', 'during', 'near', 'who', 'which', 'that', 'for', 'of', 'with', 'to', 'by']);
/** The words before a trailing prepositional or relative phrase. */
function cutAtPreposition(words: Token[]): Token[] {
  const i = words.findIndex((w, k) => k > 0 && CUT_AT.has(w.lower));
  return i > 0 ? words.slice(0, i) : words;
}

/** "Mike Shields, the president of the American Action Network," → "president of the American Action Network". */
function appositionRole(tokens: Token[], person: Mention, articleText: string): string | null {
  const at = tokens.findIndex((t) => t.start >= person.end);
  if (at < 0 || tokens[at]!.text !== ',' || !/^(?:a|an|the)$/u.test(tokens[at + 1]?.lower ?? '')) return null;
  const words: Token[] = [];
  for (let k = at + 2; k < tokens.length && tokens[k]!.kind === 'word' && words.length < 10; k += 1) words.push(tokens[k]!);
  if (words.length === 0 || words.some((w) => PRONOUN_WORDS.has(w.lower)) || !words.some((w) => ROLE_NOUNS.has(w.lower))) return null;
  return articleText.slice(words[0]!.start, words[words.length - 1]!.end);
}
