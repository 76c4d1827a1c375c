import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../../src/core/article.js';
import { leadingPronoun, namesPersonBetween } from '../../../../src/engines/extractive/summary/pronoun-referent.js';

describe('leadingPronoun', () => {
  it.each([
    // ../shared/corpus/cnn-stories/a1ebb8bb….story
    ['Nearby, his parents talked about the new future and hope they have for their boy -- and the potential for recovery from his severe burns.', 'm'],
    // ../shared/corpus/cnn-stories/230c5228….story
    ['She was taken in by Moses Lake, Washington, resident Sara Mellado.', 'f'],
    // ../shared/corpus/cnn-stories/4495ba8f….story
    ['And he received a hero\'s welcome as he arrived in Iran on a sunny Friday morning.', 'm'],
  ])('finds whom "%s" points back to', (sentence, gender) => {
    expect(leadingPronoun(sentence)).toBe(gender);
  });

  it.each([
    // ../shared/corpus/cnn-stories/ee8871b1….story: the name comes first
    'But Leifman says many of these mental hospitals were so horrible they were shut down.',
    // ../shared/corpus/cnn-stories/c27cf1b1….story: "it", not a person
    'In a news release, it said the student was no longer on campus and will face student conduct review.',
    // ../shared/corpus/cnn-stories/230c5228….story: the pronouns are inside the quotation, the speaker's own
    '"Considering everything that she\'s been through, she\'s incredibly gentle and loving," Mellado said, according to WSU News.',
  ])('finds no pronoun needing a person in "%s"', (sentence) => {
    expect(leadingPronoun(sentence)).toBeNull();
  });
});

describe('namesPersonBetween', () => {
  // ../shared/corpus/cnn-stories/4495ba8f….story, the first two sentences
  const lead = 'If you\'ve been following the news lately, there are certain things you doubtless know about Mohammad Javad Zarif.';
  const next = 'He is, of course, the Iranian foreign minister.';
  const article = buildArticle({ title: '', source: 'test', blocks: [{ kind: 'paragraph', text: lead }, { kind: 'paragraph', text: next }] });

  it('sees the man a following "he" can mean', () => {
    expect(namesPersonBetween(article, 0, article.text.indexOf(next), 'm')).toBe(true);
  });

  it('sees nobody in a stretch that names no one', () => {
    expect(namesPersonBetween(article, article.text.indexOf(next), article.text.length, 'm')).toBe(false);
  });
});
