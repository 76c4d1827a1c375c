import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../../../src/engines/extractive/summary/boilerplate.js';
import { isDangling } from '../../../../src/engines/extractive/summary/dangling-sentence.js';

describe('isBoilerplate', () => {
  it.each([
    // ../shared/corpus/putin-skips-ukraine-talks.txt (the comment-form footer)
    'Leave a Reply',
    'Your email address will not be published.',
    'Required fields are marked *',
    // ../shared/corpus/cnn-stories/017d27d0….story and 0d43b970….story (link teasers)
    'Watch Bush criticize the Iraqi government »',
    'See a timeline of rescue efforts »',
    // ../shared/corpus/polnear/train/text/huff-post_… and politico_2016-06-24_nerdcast-was-firing-lewandowski-.txt
    'For more, sign up for the What’s Working newsletter.',
    'Subscribe to HuffPost’s politics podcast here.',
    'Share this article',
    'We use cookies to improve your experience.',
  ])('drops "%s"', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(true);
  });

  it.each([
    // ../shared/corpus/putin-skips-ukraine-talks.txt
    'Turkey’s mediation effort, while well-intentioned, may ultimately fall short if Moscow continues to treat the process as performative.',
    // ../shared/corpus/polnear/train/text (Sanders campaign volunteers)
    'Chris Covert, South Carolina director for Sanders, said the campaign has just opened its 11th field office in the state and has had more than 1,000 volunteers sign up since Sanders’s stronger-than-expected performances in Iowa and New Hampshire.',
  ])('keeps the news sentence "%s"', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(false);
  });
});

describe('isDangling', () => {
  it.each([
    // All from ../shared/corpus/putin-skips-ukraine-talks.txt
    '“Our delegation is at the highest level,” he said.',
    '“From what we see, it looks more like a decorative deployment by Moscow.”',
    'Instead, the Russian negotiating team was led by Vladimir Medinsky, a hardline nationalist with a track record of sabotaging peace efforts.',
    'He is expected in Istanbul on Friday for high-level meetings with European counterparts.',
    'Russia, by contrast, continued to press for so-called “denazification” and demilitarization — vague pretexts used to justify its invasion.',
    'Yet with Moscow sending a delegation that appeared to lack authority to negotiate, expectations for any meaningful outcome were low.',
    // ../shared/corpus/cnn-stories/c27cf1b1….story: a quotation that runs on into the next sentence
    '"You came here for the reason that you want to say with me, \'This is no Duke we will accept.',
  ])('flags "%s"', (sentence) => {
    expect(isDangling(sentence)).toBe(true);
  });

  it.each([
    // ../shared/corpus/putin-skips-ukraine-talks.txt
    '“We’re impatient,” Rubio said.',
    'Zelenskyy said he would decide on his delegation’s next steps only after meeting with Erdogan.',
    'Meanwhile, even as the talks were being organized, Russia’s defense ministry boasted about new military gains in Donetsk, capturing the villages of Torskoye and Novooleksandrivka.',
    // ../shared/corpus/cnn-stories/017d27d0….story
    '"Three decades later, there is a legitimate debate about how we got into the Vietnam War and how we left," Bush will say.',
  ])('keeps "%s"', (sentence) => {
    expect(isDangling(sentence)).toBe(false);
  });
});
