import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../../src/core/article.js';
import { isVerbatim } from '../../../../src/core/quote.js';
import { indexArticle, verifyQuoteText } from '../../../../src/engines/llm/verify-quote-text.js';
import { seedArticle } from './seed-article.js';

const seed = indexArticle(seedArticle());

describe('verifyQuoteText', () => {
  it('finds a quote whose curly quotes and apostrophes the model straightened', () => {
    const r = verifyQuoteText(seed, "\"We're impatient,\"");
    expect(r).toMatchObject({ ok: true, text: 'We’re impatient,' });
    if (r.ok) expect(isVerbatim(seed.article.text, r)).toBe(true);
  });

  it('stores the article span with the comma kept inside the marks even when the model leaves it out', () => {
    const r = verifyQuoteText(seed, 'We’re impatient');
    expect(r).toMatchObject({ ok: true, text: 'We’re impatient,' });
  });

  it('accepts a hyphen or spaced dash where the article has an em dash', () => {
    const r = verifyQuoteText(seed, 'all present to pursue peace - if Russia is sincere.');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.text).toBe('all present to pursue peace — if Russia is sincere.');
  });

  it('lets an ellipsis stand for a gap and stores the whole span from first to last piece', () => {
    const r = verifyQuoteText(seed, 'The Ministry of Foreign Affairs … are all present to pursue peace');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.text.startsWith('The Ministry of Foreign Affairs, the Office of the President')).toBe(true);
      expect(r.text.endsWith('are all present to pursue peace')).toBe(true);
      expect(isVerbatim(seed.article.text, r)).toBe(true);
    }
  });

  it('rejects an ellipsis that joins two quotes over the narration between them', () => {
    expect(verifyQuoteText(seed, 'We’re impatient … We are open to any mechanism').ok).toBe(false);
  });

  it('rejects a paraphrase', () => {
    expect(verifyQuoteText(seed, 'We are running out of patience')).toEqual({ ok: false, reason: 'quote_not_verbatim' });
  });

  it('rejects a changed word inside an otherwise verbatim quote', () => {
    expect(verifyQuoteText(seed, 'We are open to every mechanism that can bring about a sustainable and just peace in Ukraine.').ok).toBe(false);
  });

  it('rejects narration presented as a quote', () => {
    expect(verifyQuoteText(seed, 'Russia remained unmoved by his overtures')).toEqual({ ok: false, reason: 'quote_not_quoted' });
  });

  it('rejects pieces of an ellipsis quote that are out of order', () => {
    expect(verifyQuoteText(seed, 'not to negotiate … Russia came to show up').ok).toBe(false);
  });

  it('rejects a match that starts inside a word', () => {
    const a = buildArticle({ title: 't', source: 's', blocks: [{ kind: 'paragraph', text: '“Unimpatient people,” she said.' }] });
    expect(verifyQuoteText(indexArticle(a), 'impatient people').ok).toBe(false);
  });

  it('accepts straight quotes in the article and an empty or mark-only model text is not a quote', () => {
    const a = buildArticle({ title: 't', source: 's', blocks: [{ kind: 'paragraph', text: 'He said: "It is   done." Then left.' }] });
    const idx = indexArticle(a);
    expect(verifyQuoteText(idx, '“It is done.”')).toMatchObject({ ok: true, text: 'It is   done.' });
    expect(verifyQuoteText(idx, '“ ”').ok).toBe(false);
  });
});

describe('quoted regions', () => {
  it('accepts a quote inside single quotes and still rejects one made of narration around an apostrophe', () => {
    const a = buildArticle({ title: 't', source: 's', blocks: [{ kind: 'paragraph', text: "The minister's aide said: ‘We will not resign over this.’ Then he left." }] });
    const idx = indexArticle(a);
    expect(verifyQuoteText(idx, 'We will not resign over this.')).toMatchObject({ ok: true, text: 'We will not resign over this.' });
    expect(verifyQuoteText(idx, "minister's aide said").ok).toBe(false);
  });
});
