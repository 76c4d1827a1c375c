import { describe, expect, it } from 'vitest';
import { sameSpeaker } from '../../../../src/core/speakers/same-speaker.js';

describe('sameSpeaker', () => {
  it.each([
    ['Hillary Clinton', 'Clinton'],
    ['Hillary Clinton', 'Mrs. Clinton'],
    ['Hillary Clinton', 'Hillary Rodham Clinton'],
    ['Hillary Clinton', 'Democratic presidential nominee Hillary Clinton'],
    ['Hillary Clinton', 'H. Clinton'],
    ['Bill Clinton', 'William Jefferson Clinton'],
    ['Vice President Joe Biden', 'Vice President Joseph R. Biden Jr.'],
    // polnear/train/text/breitbart_2016-07-25_dnc-issues-deep-and-sincere-apol.txt
    ['Debbie Wasserman Schultz', 'Wasserman Schultz'],
    ['Volodymyr Zelenskyy', 'Zelensky'],
    ['Volodymyr Zelenskyy', 'Ukrainian President Volodymyr Zelenskiy'],
    ['Recep Tayyip Erdoğan', 'Erdogan'],
    ['Mikhail Khodorkovsky', 'Michail Chodorkowski'],
    ['George Bush', 'George W. Bush'],
  ])('%s is %s', (a, b) => {
    expect(sameSpeaker(a, b)).toBe(true);
    expect(sameSpeaker(b, a)).toBe(true);
  });

  it.each([
    // Real pairs from PolNeAR's sources: one surname, different people.
    ['Hillary Clinton', 'Bill Clinton'],
    ['Hillary Clinton', 'Chelsea Clinton'],
    ['Jeb Bush', 'Laura Bush'],
    ['George W. Bush', 'George H. W. Bush'],
    ['Khizr Khan', 'Ghazala Khan'],
    ['Donald Trump', 'Ivanka Trump'],
    ['Bernie Sanders', 'Jane Sanders'],
    ['Barack Obama', 'Michelle Obama'],
    ['Sergey Lavrov', 'Maria Zakharova'],
    ['Rachel Maddow', 'Maddow Madoff'],
  ])('%s is not %s', (a, b) => {
    expect(sameSpeaker(a, b)).toBe(false);
    expect(sameSpeaker(b, a)).toBe(false);
  });

  it('matches nothing for a name with no letters', () => {
    expect(sameSpeaker('—', '—')).toBe(false);
  });
});
