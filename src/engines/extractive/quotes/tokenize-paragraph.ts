import type { MarkedSpan } from './quote-marks.js';
import { isSpeechVerb } from './speech-verbs.js';

/** A word, a punctuation mark, or a whole quoted span, with absolute article offsets. */
export interface Token {
  kind: 'word' | 'punct' | 'quote';
  /** The word without a possessive ending ("Trump" for "Trump’s"); the mark for punctuation. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Sentence number within the paragraph. */
  sentence: number;
  /** Index into the paragraph's quoted spans, or -1. */
  quote: number;
  possessive: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}’'.&-]*|--|[,;:()[\]\u2014\u2013!?.]/gu;
const ABBREVIATIONS = new Set(
  'mr mrs ms dr sen sens rep reps gov govs gen lt col sgt capt adm st jr sr inc corp co ltd no vs prof rev ft mt jan feb mar apr aug sep sept oct nov dec calif fla tex ariz ky ill mich mass wis minn pa va md conn okla ore wash colo la ga ala miss tenn nev neb kan ind del ret'.split(' '),
);

function isAbbreviation(word: string): boolean {
  const bare = word.slice(0, -1);
  // "(D-Ore.)", "(R-Tex.)": a party and state after a lawmaker's name end no sentence.
  return ABBREVIATIONS.has(bare.toLowerCase()) || /^(?:\p{L}\.)+\p{L}?$/u.test(bare) || /^\p{Lu}$/u.test(bare) || /^[DRI]-\p{Lu}\p{Ll}{1,4}$/u.test(bare);
}

function pushWord(tokens: Token[], raw: string, start: number): void {
  let word = raw;
  let trailingDot = false;
  if (word.endsWith('.') && !isAbbreviation(word)) {
    word = word.replace(/\.+$/u, '');
    trailingDot = true;
  }
  word = word.replace(/-+$/u, '');
  let possessive = false;
  const poss = /(?:[’']s|(?<=s)[’'])$/u.exec(word);
  if (poss && word.length > poss[0].length) {
    possessive = true;
    word = word.slice(0, -poss[0].length);
  }
  if (word !== '') {
    tokens.push({
      kind: 'word', text: word, lower: word.toLowerCase(), start, end: start + word.length,
      sentence: 0, quote: -1, possessive, cap: /^\p{Lu}/u.test(word),
    });
  }
  if (trailingDot) {
    const at = start + raw.length - 1;
    tokens.push({ kind: 'punct', text: '.', lower: '.', start: at, end: at + 1, sentence: 0, quote: -1, possessive: false, cap: false });
  }
}

function tokenizeRange(tokens: Token[], text: string, from: number, to: number, offset: number): void {
  TOKEN.lastIndex = 0;
  const part = text.slice(from, to);
  for (let m = TOKEN.exec(part); m !== null; m = TOKEN.exec(part)) {
    const raw = m[0];
    const at = offset + from + m.index;
    if (/^[\p{L}\p{N}]/u.test(raw)) pushWord(tokens, raw, at);
    else tokens.push({ kind: 'punct', text: raw, lower: raw, start: at, end: at + raw.length, sentence: 0, quote: -1, possessive: false, cap: false });
  }
}

/** True when the token can begin a sentence. */
function opensSentence(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'quote' || (t.kind === 'word' && (t.cap || /^\p{N}/u.test(t.text))));
}

/**
 * Tokenizes a paragraph (text relative, `offset` its article position). Each quoted span is one
 * token, so attribution rules never look inside a quote ("I"/"we" in it are not the speaker).
 */
export function tokenizeParagraph(text: string, offset: number, spans: MarkedSpan[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  spans.forEach((span, index) => {
    tokenizeRange(tokens, text, cursor, span.open, offset);
    const end = span.closeEnd ?? text.length;
    tokens.push({
      kind: 'quote', text: text.slice(span.open, end), lower: '', start: offset + span.open, end: offset + end,
      sentence: 0, quote: index, possessive: false, cap: false,
    });
    cursor = end;
  });
  tokenizeRange(tokens, text, cursor, text.length, offset);
  let sentence = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    t.sentence = sentence;
    const endsPunct = t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?');
    const endsQuote = t.kind === 'quote' && /[.!?…]\s*['’"”»“]*$/u.test(t.text.replace(/(?:''|['’"”»“])$/u, ''));
    if ((endsPunct || (endsQuote && !attributionFollows(tokens, i))) && opensSentence(tokens[i + 1])) sentence += 1;
  }
  return tokens;
}

/** “Have I started…?” Sanders replied. — a quote ending in ?/!/. whose attribution follows is one sentence with it. */
function attributionFollows(tokens: Token[], q: number): boolean {
  for (let j = q + 1; j < tokens.length && j <= q + 7; j += 1) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (!t.cap && isSpeechVerb(t.lower, tokens[j + 1]?.lower)) {
      // An attribution clause ("Sanders replied.", "Trump told Britain’s ITV …"), not a new sentence
      // with a quote of its own; after a quote its own sentence already introduced ("… and said, “…”"),
      // only a short one ("The star then recalled an incident at a …" is a new sentence).
      const introduced = tokens[q - 1]?.kind === 'punct' && /^[,:]$/u.test(tokens[q - 1]!.text);
      for (let k = j + 1; k < tokens.length; k += 1) {
        const x = tokens[k]!;
        if (x.kind === 'quote' || (introduced && k > j + 9)) return false;
        if (x.kind === 'punct' && x.text !== ',') break;
      }
      return true;
    }
  }
  return false;
}
