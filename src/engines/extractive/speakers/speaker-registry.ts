import type { SpeakerKind } from '../../../core/quote.js';
import type { ParagraphView } from '../quotes/paragraph-views.js';
import type { Token } from '../quotes/tokenize-paragraph.js';
import { isSpeechVerb } from '../quotes/speech-verbs.js';
import { FEMALE_NAMES, MALE_NAMES, PLACE_WORDS } from './name-lexicon.js';
import { foldName, surnameKey } from './name-keys.js';
import { isNameWord, parseNameRun, type Gender } from './parse-name-run.js';

/** Someone (or something) named in one article: the canonical name and every spelling seen. */
export interface Entity {
  id: number;
  name: string;
  kind: SpeakerKind | 'place';
  role: string | null;
  aliases: Set<string>;
  gender: Gender;
  surname: string;
  first: string | null;
  /** Named in full or with a title: a safe referent for "he"/"she". */
  strong: boolean;
  /** Quoted at least once in this article. */
  speaker: boolean;
  /** Head noun of an unnamed source ("diplomat"), for "the diplomat" later. */
  head: string | null;
  plural: boolean;
}

/** Where an entity is named, outside quotes. */
export interface Mention {
  entity: Entity;
  start: number;
  end: number;
  para: number;
  sentence: number;
  /** Index of the mention's first token in its paragraph. */
  token: number;
  possessive: boolean;
  /** Inside a fronted clause ("Asked about Trump …, Christie blamed …"): rarely the sentence's subject. */
  fronted: boolean;
  /** The subject of a reporting verb ("Cuban said", "said Elmendorf"): the likeliest referent of a later "he". */
  speaks: boolean;
}

/** The people, organisations and places named in one article, and where. */
export interface SpeakerRegistry {
  entities: Entity[];
  mentions: Mention[];
  /** The mention with a name word starting at this article offset. */
  mentionAt(offset: number): Mention | undefined;
  /** Registers (or finds) an unnamed source or organisation by its normal form. */
  addUnnamed(name: string, kind: SpeakerKind, head: string | null, plural: boolean): Entity;
}

interface Run {
  tokens: Token[];
  before: Token[];
  para: number;
  first: number;
}

/** Only spaces between two tokens: "S.C. - Sen. Ted Cruz" is a dateline and a name, not one name. */
const adjacent = (a: Token, b: Token, source: string): boolean => /^\s*$/u.test(source.slice(a.end, b.start));

function namedRuns(views: ParagraphView[], source: string): Run[] {
  const runs: Run[] = [];
  for (const view of views) {
    const ts = view.tokens;
    let i = 0;
    while (i < ts.length) {
      if (!isNameWord(ts[i]!, ts[i - 1], ts[i + 1]) || !ts[i]!.cap) {
        i += 1;
        continue;
      }
      const startIdx = i;
      while (i < ts.length && isNameWord(ts[i]!, ts[i - 1], ts[i + 1]) && ts[i]!.sentence === ts[startIdx]!.sentence && (i === startIdx || adjacent(ts[i - 1]!, ts[i]!, source))) {
        i += 1;
        if (ts[i - 1]!.possessive) break;
      }
      let from = startIdx;
      while (from > 0 && from > startIdx - 8 && ts[from - 1]!.kind === 'word' && ts[from - 1]!.sentence === ts[startIdx]!.sentence) from -= 1;
      runs.push({ tokens: ts.slice(startIdx, i), before: ts.slice(from, startIdx), para: view.index, first: startIdx });
    }
  }
  return runs;
}

const FRONTING = new Set('asked after before when while as despite in on at during since although though if because following speaking unlike like with without according amid before upon by for'.split(' '));

/** Index of the comma closing a fronted clause at the sentence start, or -1. */
function frontedClauseEnd(tokens: Token[], index: number): number {
  const s = tokens[index]!.sentence;
  let lo = index;
  while (lo > 0 && tokens[lo - 1]!.sentence === s) lo -= 1;
  const first = tokens[lo]!;
  if (first.kind !== 'word' || !(FRONTING.has(first.lower) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first.text))) return -1;
  for (let k = lo; k < tokens.length && tokens[k]!.sentence === s; k += 1) if (tokens[k]!.text === ',') return k;
  return -1;
}

/** "Stephanie Formas, Clinton's in-state communications director," / "Lance Beebe, 49," — a person by apposition. */
function hasApposition(tokens: Token[], after: number): boolean {
  const comma = tokens[after];
  const next = tokens[after + 1];
  if (comma?.text !== ',' || !next || next.kind !== 'word') return false;
  return /^\p{N}/u.test(next.text) || /^(?:a|an|the|who|whose)$/u.test(next.lower) || (next.cap && next.possessive);
}

const SUBJECT_VERB = /^(?:has|had|was|is|will|would|said|says|told|added|can|could|did|does|made|took|gave|went|came|got|put|sent|wrote|spoke|met|held|ran|won|lost|left|kept|began|became|thought|felt|knew|saw|found|brought)$|[^s]ed$/u;

/** "Christie blamed …": a lone name acting as a clause subject is a person ("the Left has" is not). */
function actsAsSubject(tokens: Token[], first: number, last: number): boolean {
  const adverb = tokens[last + 1];
  const skip = adverb?.kind === 'word' && /^(?:also|then|later|again|once|quickly|previously|recently)$/u.test(adverb.lower) ? 1 : 0;
  const next = tokens[last + 1 + skip];
  const prev = tokens[first - 1];
  return next?.kind === 'word' && !next.cap && !tokens[last]!.possessive && SUBJECT_VERB.test(next.lower) && !(prev?.kind === 'word' && /^(?:the|a|an)$/u.test(prev.lower));
}

const LINKS = new Set(['has', 'had', 'have', 'also', 'later', 'then', 'again', 'once', 'previously', 'recently', 'would', 'will']);

/** "Viguerie argues", "Cuban has said", "said Steve Elmendorf": the name is a reporting verb's subject. */
function reportsSpeech(tokens: Token[], first: number, last: number): boolean {
  // "must rebut Trump's claims": a possessive is the object's owner, not the one speaking.
  if (tokens[last]!.possessive) return false;
  const prev = tokens[first - 1];
  if (prev?.kind === 'word' && !prev.cap && isSpeechVerb(prev.lower)) return true;
  for (let k = last + 1; k < tokens.length && k <= last + 3; k += 1) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap) return false;
    if (isSpeechVerb(t.lower, tokens[k + 1]?.lower)) return true;
    if (!LINKS.has(t.lower)) return false;
  }
  return false;
}

const textOf = (tokens: Token[], source: string): string =>
  tokens.length === 0 ? '' : source.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);

/** Finds every named entity in the article's paragraphs and maps each mention to one canonical entity. */
export function buildSpeakerRegistry(views: ParagraphView[], articleText: string): SpeakerRegistry {
  const entities: Entity[] = [];
  const byFull = new Map<string, Entity>();
  const byFirstLast = new Map<string, Entity>();
  const bySurname = new Map<string, Entity[]>();
  const byFirst = new Map<string, Entity>();
  const create = (name: string, kind: Entity['kind'], first: string | null, strong: boolean): Entity => {
    const e: Entity = {
      id: entities.length, name, kind, role: null, aliases: new Set([name]), gender: null, surname: surnameKey(name),
      first, strong, speaker: false, head: null, plural: false,
    };
    entities.push(e);
    byFull.set(`${kind}:${foldName(name)}`, e);
    if (kind === 'person' && first !== null) {
      byFirstLast.set(`${first} ${e.surname}`, e);
      bySurname.set(e.surname, [...(bySurname.get(e.surname) ?? []), e]);
      // "Carly" alone finds Carly Fiorina; "Trump" alone never finds a "Trump Train".
      if (!byFirst.has(first) && (MALE_NAMES.has(first) || FEMALE_NAMES.has(first))) byFirst.set(first, e);
    }
    return e;
  };
  const runs = namedRuns(views, articleText).map((r) => ({ run: r, parsed: parseNameRun(r.tokens, r.before) }));
  const apposed = new Set<Entity>();
  // "Work resumed Friday": a lone capitalised word acting as a subject only where any word is
  // capitalised (a sentence's first word) is a person only if it is also capitalised elsewhere or
  // never written in lowercase ("Carson defied the question").
  const subjectOnlyFirst = new Set<Entity>();
  const midSentence = new Set<Entity>();
  // Pass 1: full names of people, so a surname alone can find them even before they are named in full.
  for (const { parsed } of runs) {
    if (parsed.kind !== 'person' || parsed.name.length < 2) continue;
    const full = textOf(parsed.name, articleText);
    const first = foldName(parsed.name[0]!.text);
    const sur = surnameKey(full);
 if (!byFirstLast.has(`${first} ${sur}`) && !byFull.has(`person:${foldName(full)}`)) create(full, 'person', first, true);
  }
  const mentions: Mention[] = [];
  const byTokenStart = new Map<number, Mention>();
  const lastSeen = new Map<number, number>();
  const lastFullPara = new Map<number, number>();
  const fullCount = new Map<number, number>();
  for (const { run, parsed } of runs) {
    if (parsed.kind !== 'person' || parsed.name.length < 2) continue;
    const e = byFirstLast.get(`${foldName(parsed.name[0]!.text)} ${surnameKey(textOf(parsed.name, articleText))}`);
    if (e) fullCount.set(e.id, (fullCount.get(e.id) ?? 0) + 1);
  }
  for (const { run, parsed } of runs) {
    if (parsed.kind === 'title-only') continue;
    const written = textOf(parsed.name, articleText);
    const key = foldName(written);
    let entity: Entity | undefined;
    // "Cuban said" after "Mark Cuban": a surname that is also a nationality word names the person.
    const surnameOfPerson = parsed.kind === 'place' && parsed.name.length === 1 && !PLACE_WORDS.has(key) &&
      (bySurname.get(key) ?? []).some((e) => e.first !== null && (MALE_NAMES.has(e.first) || FEMALE_NAMES.has(e.first)));
    if (parsed.kind === 'person' && parsed.name.length >= 2) {
      const first = foldName(parsed.name[0]!.text);
      entity = byFirstLast.get(`${first} ${surnameKey(written)}`);
    } else if (parsed.kind === 'person' || surnameOfPerson) {
      // Two people, one surname (Bernie and Jane Sanders): the one named in full in this or the previous
      // paragraph, else the one named most often.
      const withSurname = [...(bySurname.get(key) ?? [])];
      const recent = withSurname.filter((e) => (lastFullPara.get(e.id) ?? -9) >= run.para - 1);
      withSurname.sort((a, b) =>
        recent.length === 1 ? Number(recent.includes(b)) - Number(recent.includes(a)) : (fullCount.get(b.id) ?? 0) - (fullCount.get(a.id) ?? 0) || (lastSeen.get(b.id) ?? -1) - (lastSeen.get(a.id) ?? -1),
      );
      const byGiven = byFirst.get(key);
      entity = withSurname[0] ?? (byGiven && byGiven.surname !== key ? byGiven : undefined);
      entity ??= byFull.get(`person:${key}`) ?? create(written, 'person', null, parsed.role.length > 0);
    } else {
      const kind = parsed.kind === 'place' ? 'place' : 'organization';
      entity = byFull.get(`${kind}:${key}`) ?? create(written, kind, null, false);
    }
    if (!entity) continue;
    entity.aliases.add(written);
    if (parsed.role.length > 0 && entity.kind === 'person') {
      entity.strong = true;
      entity.role ??= textOf(parsed.role, articleText);
    }
    entity.gender ??= parsed.gender;
    const firstTok = parsed.name[0]!;
    const lastTok = parsed.name[parsed.name.length - 1]!;
    lastSeen.set(entity.id, firstTok.start);
    if (parsed.name.length >= 2) lastFullPara.set(entity.id, run.para);
    const mention: Mention = {
      entity, start: firstTok.start, end: lastTok.end, para: run.para, sentence: firstTok.sentence,
      token: run.first + run.tokens.indexOf(firstTok), possessive: lastTok.possessive, fronted: false,
      speaks: false,
    };
    const ts = views[run.para]!.tokens;
    const lastIndex = run.first + run.tokens.indexOf(lastTok);
    const frontEnd = frontedClauseEnd(ts, mention.token);
    mention.fronted = frontEnd > mention.token;
    mention.speaks = reportsSpeech(ts, mention.token, lastIndex);
    const opensSentence = mention.token === 0 || ts[mention.token - 1]!.sentence !== mention.sentence;
    if (hasApposition(ts, lastIndex + 1)) apposed.add(entity);
    else if (actsAsSubject(ts, mention.token, lastIndex)) (opensSentence ? subjectOnlyFirst : apposed).add(entity);
    if (!opensSentence) midSentence.add(entity);
    mentions.push(mention);
    for (const t of parsed.name) byTokenStart.set(t.start, mention);
  }
  // A full name is a safe pronoun referent when it looks like a person's: a known first name, a
  // title, or a later mention by surname alone ("Volodymyr Zelenskyy" … "Zelenskyy"), not "West Point".
  const surnameOnly = new Set(mentions.filter((m) => m.end - m.start <= m.entity.surname.length + 2).map((m) => m.entity));
  let lowercaseWords: Set<string> | null = null;
  const usedInLowercase = (word: string): boolean => {
    lowercaseWords ??= new Set(articleText.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}]*/gu) ?? []);
    const lower = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    const stem = lower.length > 4 ? lower.replace(/(?:es|s)$/u, '') : lower;
    return ['', 's', 'es', 'd', 'ed', 'ing', 'er', 'ers'].some((end) => lowercaseWords!.has(stem + end));
  };
  for (const e of subjectOnlyFirst) if (e.first !== null || midSentence.has(e) || !usedInLowercase(e.name)) apposed.add(e);
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    e.strong = e.first === null ? e.strong || apposed.has(e) : e.role !== null || e.gender !== null || surnameOnly.has(e) || apposed.has(e);
  }
  return {
    entities,
    mentions,
    mentionAt: (offset) => byTokenStart.get(offset),
    addUnnamed: (name, kind, head, plural) => {
      const found = byFull.get(`${kind}:${foldName(name)}`);
      if (found) return found;
      const e = create(name, kind, null, false);
      e.head = head;
      e.plural = plural;
      return e;
    },
  };
}
