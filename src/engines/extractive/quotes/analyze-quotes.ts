import type { Article } from '../../../core/article.js';
import { buildSpeakerRegistry, type Entity, type SpeakerRegistry } from '../speakers/speaker-registry.js';
import { attributeInSentence, type SpeakerPhrase } from './attribute-quote.js';
import { clauseSubject, isSpeechAt, sentenceRange, subjectBefore } from './speaker-phrases.js';
import { paragraphViews, type ParagraphView } from './paragraph-views.js';
import { resolveSpeaker, type EarlierQuote } from './resolve-speaker.js';
import { SPEECH_NOUNS, SPEECH_VERBS } from './speech-verbs.js';

/** One quoted span of the article and who, if anyone, it is credited to. */
export interface QuoteCandidate {
  para: number;
  sentence: number;
  /** Index of the quote token in its paragraph. */
  token: number;
  /** Article offsets of the opening mark and just past the closing mark (or paragraph end). */
  markStart: number;
  markEnd: number;
  /** Article offsets of the quoted words. */
  start: number;
  end: number;
  closed: boolean;
  phrase: SpeakerPhrase | null;
  speaker: Entity | null;
}

/** Everything the quote engine learned about one article. */
export interface QuoteAnalysis {
  views: ParagraphView[];
  registry: SpeakerRegistry;
  candidates: QuoteCandidate[];
}

const cache = new WeakMap<Article, QuoteAnalysis>();

function candidatesOf(views: ParagraphView[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  for (const view of views) {
    view.spans.forEach((span, i) => {
      const token = view.quoteTokens[i]!;
      const t = view.tokens[token]!;
      out.push({
        para: view.index, sentence: t.sentence, token, markStart: t.start, markEnd: t.end,
        start: view.offset + span.start, end: view.offset + span.end, closed: span.close !== null,
        phrase: attributeInSentence(view, i), speaker: null,
      });
    });
  }
  return out;
}

/** True when the quote is the first thing in its sentence (an opening "And"/"But" allowed). */
function startsSentence(view: ParagraphView, token: number): boolean {
  const [lo] = sentenceRange(view.tokens, token);
  return view.tokens.slice(lo, token).every((t) => t.kind === 'word' && /^(?:and|but)$/iu.test(t.text));
}

/** "Cruz continued:" / "issued the following statement:" — a sentence that hands over to the next quote. */
function colonLead(view: ParagraphView, uptoToken: number): SpeakerPhrase | null {
  const tokens = view.tokens;
  const lastIdx = uptoToken - 1;
  const last = tokens[lastIdx];
  if (!last || last.kind !== 'punct' || (last.text !== ':' && last.text !== ',')) return null;
  const [lo] = sentenceRange(tokens, lastIdx);
  const opener = tokens[lo]!;
  if (opener.kind === 'word' && opener.cap && SPEECH_VERBS.has(opener.lower)) {
    // "Stated Stone:" / "Continued Stone:"
    const np = tokens.slice(lo + 1, lastIdx).filter((t) => t.kind === 'word');
    if (np.length > 0 && np.length <= 6 && np[0]!.cap) return { kind: 'colon', tokens: np };
  }
  for (let v = lastIdx - 1; v >= lo; v -= 1) {
    const t = tokens[v]!;
    if (t.kind === 'quote') return null;
    if (isSpeechAt(tokens, v)) {
      const np = subjectBefore(tokens, v, lo);
      if (np) return { kind: 'colon', tokens: np };
    }
    if (t.kind === 'word' && SPEECH_NOUNS.has(t.lower) && last.text === ':') {
      // "When Wallace died in 1998, President Clinton released the following statement:"
      const subject = clauseSubject(tokens, lo, v);
      if (subject) return { kind: 'colon', tokens: subject };
    }
  }
  // "Cruz called them on it:" / "Trump leaned in and boomed:": the sentence's subject introduces the quote;
  // "Looking across the barren plain, he offered a two-word verdict:" — a pronoun subject, resolved later.
  if (last.text === ':') {
    const subject = clauseSubject(tokens, lo, lastIdx);
    const pronoun = subject?.length === 1 && /^(?:he|she)$/u.test(subject[0]!.lower);
    if (subject && (subject.some((w) => w.cap) || pronoun) && subject.length <= 5) return { kind: 'colon', tokens: subject };
  }
  return null;
}

/** A quote with no attribution of its own that continues the previous quote's speaker, if any. */
function continues(c: QuoteCandidate, prev: QuoteCandidate | undefined, views: ParagraphView[]): boolean {
  if (!prev?.speaker) return false;
  const view = views[c.para]!;
  if (!startsSentence(view, c.token)) {
    // “dummy,” “clown,” and “loser”: a list of quoted words shares its speaker.
    const between = view.tokens.slice(views[prev.para] === view ? prev.token + 1 : 0, c.token);
    return prev.para === c.para && prev.sentence === c.sentence && between.every((t) => t.kind === 'punct' || /^(?:and|or)$/u.test(t.lower));
  }
  if (prev.para === c.para) return c.sentence - prev.sentence <= 1;
  if (prev.para !== c.para - 1 || c.token !== 0) return false;
  const prevView = views[prev.para]!;
  const lastSentence = prevView.tokens[prevView.tokens.length - 1]!.sentence;
  return !prev.closed || prev.sentence === lastSentence;
}

/** Finds, attributes and resolves every quoted span of the article (cached per Article object). */
export function analyzeQuotes(article: Article): QuoteAnalysis {
  const cached = cache.get(article);
  if (cached) return cached;
  const views = paragraphViews(article);
  const registry = buildSpeakerRegistry(views, article.text);
  const candidates = candidatesOf(views);
  const earlier: EarlierQuote[] = [];
  let prev: QuoteCandidate | undefined;
  candidates.forEach((c, i) => {
    const view = views[c.para]!;
    let phrase = c.phrase;
    if (!phrase) {
      if (c.token === 0 && c.para > 0) phrase = colonLead(views[c.para - 1]!, views[c.para - 1]!.tokens.length);
      else if (view.tokens[c.token - 1]?.text === ':') phrase = colonLead(view, c.token);
    }
    const place = { para: c.para, sentence: c.sentence, start: c.markStart };
    // “A,” he said of Trump and Ryan, “B.” — one quote split by its attribution: B shares A's speaker.
    const splitFrom = prev?.speaker && prev.para === c.para && prev.phrase && phrase && prev.phrase.tokens[0]?.start === phrase.tokens[0]?.start;
    if (splitFrom) c.speaker = prev!.speaker;
    else if (phrase) c.speaker = resolveSpeaker(phrase, place, registry, earlier, article.text);
    else if (continues(c, prev, views)) c.speaker = prev!.speaker;
    // A quote running over paragraphs (opening mark on each, closing only on the last) is one speaker's.
    if (c.speaker && i > 0) {
      for (let k = i - 1; k >= 0; k -= 1) {
        const p = candidates[k]!;
        if (p.closed || p.speaker || p.para !== candidates[k + 1]!.para - 1 || candidates[k + 1]!.token !== 0) break;
        p.speaker = c.speaker;
      }
    }
    if (c.speaker) {
      c.speaker.speaker = true;
      earlier.push({ place, end: c.markEnd, speaker: c.speaker });
    }
    prev = c;
  });
  const analysis = { views, registry, candidates };
  cache.set(article, analysis);
  return analysis;
}
