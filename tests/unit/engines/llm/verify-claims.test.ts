import { describe, expect, it } from 'vitest';
import { claimVocabulary, verifyClaim } from '../../../../src/engines/llm/verify-claims.js';
import { seedArticle } from './seed-article.js';

const vocab = claimVocabulary(seedArticle().text);

describe('verifyClaim', () => {
  it('accepts a bullet whose names and numbers are all in the article', () => {
    expect(verifyClaim(vocab, 'Ukraine demands a 30-day ceasefire; Zelenskyy’s delegation is led at the highest level.')).toEqual({ ok: true });
    expect(verifyClaim(vocab, 'Marco Rubio, in Antalya for a NATO meeting, said the U.S. is impatient.')).toEqual({ ok: true });
  });

  it('drops a bullet with a number the article never gives', () => {
    expect(verifyClaim(vocab, 'Russia sent 12 negotiators to Istanbul.')).toMatchObject({ ok: false, reason: 'claim_number_unsupported', token: '12' });
  });

  it('drops a bullet naming someone the article never mentions', () => {
    expect(verifyClaim(vocab, 'The talks were praised by Emmanuel Macron.')).toMatchObject({ ok: false, reason: 'claim_name_unsupported' });
    expect(verifyClaim(vocab, 'U.S. Secretary of State Marco Rubio said Washington is impatient.')).toMatchObject({ ok: false, token: 'Washington' });
  });

  it('counts spelled-out numbers in the article ("three years" supports "3 years")', () => {
    expect(verifyClaim(vocab, 'The first direct talks in over 3 years.')).toEqual({ ok: true });
  });

  it('does not treat an ordinary sentence-initial word as a name', () => {
    expect(verifyClaim(vocab, 'Analysts expect little from the talks.')).toEqual({ ok: true });
    expect(verifyClaim(vocab, 'Expectations for the talks were low.')).toEqual({ ok: true });
    expect(verifyClaim(vocab, 'Negotiators met in Istanbul.')).toEqual({ ok: true });
    expect(verifyClaim(vocab, 'Joe Biden expects little from the talks.').ok).toBe(false);
    expect(verifyClaim(vocab, 'Macron expects little from the talks.')).toMatchObject({ ok: false, token: 'Macron' });
  });
});
