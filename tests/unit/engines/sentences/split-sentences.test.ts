import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/engines/extractive/sentences/split-sentences.js';
import { readSeedArticle } from '../../../support/corpus.js';

const sentencesOf = (text: string, start?: number, end?: number): string[] =>
  splitSentences(text, start, end).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps abbreviations, times and titles inside the sentence', () => {
    const text = 'Mr. Smith met Sen. Jones on Jan. 5 at 9 a.m. Thursday with Gov. Brown. They left at noon.';
    expect(sentencesOf(text)).toEqual([
      'Mr. Smith met Sen. Jones on Jan. 5 at 9 a.m. Thursday with Gov. Brown.',
      'They left at noon.',
    ]);
  });

  // Real sentences from ../shared/corpus/cnn-stories (Iran, Vick stories), where sbd splits after "U.S.".
  it('does not end a sentence at "U.S." followed by a name', () => {
    const text =
      'The U.S. Justice Department said the organization was secretly run on behalf of the Iranian government. ' +
      'Judge Henry E. Hudson issued an order Thursday telling the U.S. Marshals Service to "arrest and seize the defendant property."';
    expect(sentencesOf(text)).toHaveLength(2);
  });

  it('ends a sentence at "U.S." when the next word opens a sentence', () => {
    expect(sentencesOf('Prices rose in the U.S. The Fed acted.')).toEqual(['Prices rose in the U.S.', 'The Fed acted.']);
  });

  it('keeps decimals, initials and web addresses whole', () => {
    const text = 'She earned $3.5 million, says J. R. R. Tolkien of CNN.com in 2015. Then she left.';
    expect(sentencesOf(text)).toEqual(['She earned $3.5 million, says J. R. R. Tolkien of CNN.com in 2015.', 'Then she left.']);
  });

  it('does not split before a lower-case word, after a state abbreviation or an exclamation in quotes', () => {
    expect(sentencesOf('He moved to Calif. in 1970. Contestants told to "come on down!" on the show met Drew.')).toEqual([
      'He moved to Calif. in 1970.',
      'Contestants told to "come on down!" on the show met Drew.',
    ]);
  });

  it('ends a quoted sentence after its closing mark', () => {
    const text = 'He said: “It is over. We lost.” The crowd went silent.';
    expect(sentencesOf(text)).toEqual(['He said: “It is over.', 'We lost.”', 'The crowd went silent.']);
  });

  it('treats an ellipsis before a capital as a sentence end and before a lower-case word as a pause', () => {
    expect(sentencesOf('Justice Kennedy wrote it... He said so. He paused … and went on.')).toEqual([
      'Justice Kennedy wrote it...',
      'He said so.',
      'He paused … and went on.',
    ]);
  });

  it('splits the seed article paragraph with a pronoun-attributed quote into three sentences', () => {
    const text = readSeedArticle();
    const start = text.indexOf('Zelenskyy, standing beside');
    const end = text.indexOf('Moscow.”', start) + 'Moscow.”'.length;
    expect(sentencesOf(text, start, end)).toEqual([
      'Zelenskyy, standing beside the Turkish presidential plane on the tarmac in Ankara, rebuked the Russian delegation as a “decorative” group sent merely to placate international observers.',
      '“We need to understand the level of the Russian delegation and what their mandate is,” he said.',
      '“From what we see, it looks more like a decorative deployment by Moscow.”',
    ]);
  });

  // Real paragraphs from ../shared/corpus/polnear/train/text (AP, Breitbart and Politico articles).
  it('keeps datelines, list numbers and an attribution after a quoted question in their sentence', () => {
    expect(sentencesOf('BEDFORD, N.H. (AP) — Marco Rubio’s uneven debate performance has emboldened a trio of governors.')).toHaveLength(1);
    expect(sentencesOf('CHARLESTON, S.C. — In the fall of 2007, Hillary Clinton held a 24-point lead. By Jan. 18, Obama was winning.')).toEqual([
      'CHARLESTON, S.C. — In the fall of 2007, Hillary Clinton held a 24-point lead.',
      'By Jan. 18, Obama was winning.',
    ]);
    expect(sentencesOf('1. FIREWORKS FLY IN FIRST ONE-ON-ONE DEMOCRATIC DEBATE.')).toHaveLength(1);
    expect(sentencesOf('“You know, it happens, right?” Trump went on, as if he didn’t hear her. “But you gotta get over it.')).toEqual([
      '“You know, it happens, right?” Trump went on, as if he didn’t hear her.',
      '“But you gotta get over it.',
    ]);
    expect(sentencesOf('He said, ‘Well, you made another Drudge headline.’ And I said, ‘Well, it’s better.’')).toHaveLength(2);
  });

  it('ends a sentence at a blank line even without punctuation', () => {
    expect(sentencesOf('A heading\n\nFirst paragraph here.')).toEqual(['A heading', 'First paragraph here.']);
  });

  it('returns spans inside the requested range, in order, without surrounding spaces, for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer(), fc.integer(), (text, a, b) => {
        const spans = splitSentences(text, a, b);
        let last = -1;
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThan(last);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(text.slice(start, end)).toBe(text.slice(start, end).trim());
          last = end - 1;
        }
      }),
    );
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n\n  ')).toEqual([]);
  });
});
