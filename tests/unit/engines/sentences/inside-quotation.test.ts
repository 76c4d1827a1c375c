import { describe, expect, it } from 'vitest';
import { startsInsideQuotation } from '../../../../src/engines/extractive/sentences/inside-quotation.js';
import { splitSentences } from '../../../../src/engines/extractive/sentences/split-sentences.js';

/** Each sentence of the paragraph with whether it begins inside a quotation. */
function marked(paragraph: string): Array<[string, boolean]> {
  const spans = splitSentences(paragraph);
  const inside = startsInsideQuotation(paragraph, 0, spans);
  return spans.map((s, i) => [paragraph.slice(s.start, s.end), inside[i] as boolean]);
}

describe('startsInsideQuotation', () => {
  // samples/apollo-11-moon-landing.txt (the project's own sample): one quote split by the splitter.
  it('marks the second half of a two-sentence quotation, curly marks', () => {
    expect(marked('“Houston, Tranquility Base here. The Eagle has landed,” Armstrong radioed moments later.')).toEqual([
      ['“Houston, Tranquility Base here.', false],
      ['The Eagle has landed,” Armstrong radioed moments later.', true],
    ]);
  });

  // ../shared/corpus/cnn-stories/0d43b97000ff852282c89d8d105e41495c0ee9bd.story and 5e22bbfc7232418b8d2dd646b952e404df5bd048.story
  it('marks the second half with straight marks too', () => {
    expect(marked('"They are done. It\'s finished," the attorney for the families said, according to the Saturday edition of The Salt Lake Tribune.').map(([, m]) => m)).toEqual([false, true]);
    expect(marked('"This job has really been a dream for me, a blast. I\'ve had an enormous amount of fun and satisfaction," Snow said.').map(([, m]) => m)).toEqual([false, true]);
  });

  // ../shared/corpus/polnear/train/text/breitbart_2015-11-18_ny-daily-news-paris-terror-attac.txt
  it('keeps the quotation open over every sentence until its closing mark', () => {
    const paragraph =
      'According to the newspaper, “America’s porous gun laws empower dealers to sell weapons to essentially any adult who passes a background check. Very few classes of people are disqualified. Convicted felons are among those barred. Individuals named on the consolidated government terrorism watchlist are not.” The paper did not say more.';
    expect(marked(paragraph).map(([, m]) => m)).toEqual([false, true, true, true, false]);
  });

  // samples/apollo-11-moon-landing.txt: quotes that close inside their sentence leave the next one outside.
  it('does not mark sentences after a closed quotation, nor apostrophes', () => {
    const paragraph =
      'In Mission Control, the capsule communicator, astronaut Charles Duke, answered with relief that was plain in his voice. “Roger, Tranquility, we copy you on the ground. You got a bunch of guys about to turn blue. We\'re breathing again,” he said. “Thanks a lot.” Duke’s team cheered.';
    expect(marked(paragraph).map(([, m]) => m)).toEqual([false, false, true, true, false, false]);
  });

  it('handles German and guillemet marks, and an empty list', () => {
    expect(marked('Er sagte: „Wir kommen. Morgen früh.“ Dann ging er.').map(([, m]) => m)).toEqual([false, true, false]);
    expect(marked('Il a dit : « Nous venons. Demain matin. » Puis il est parti.').map(([, m]) => m)).toEqual([false, true, false]);
    expect(startsInsideQuotation('', 0, [])).toEqual([]);
  });
});
