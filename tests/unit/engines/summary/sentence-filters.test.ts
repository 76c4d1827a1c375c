import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../../../src/engines/extractive/summary/boilerplate.js';
import { isDangling } from '../../../../src/engines/extractive/summary/dangling-sentence.js';
import { isPhotoCaption } from '../../../../src/engines/extractive/summary/photo-caption.js';
import { isTeaser } from '../../../../src/engines/extractive/summary/teaser-sentence.js';
import { containment, contentTerms, tfIdfVectors } from '../../../../src/engines/extractive/summary/term-vectors.js';
import { hasUnresolvedPronoun } from '../../../../src/engines/extractive/summary/unresolved-pronoun.js';

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
    // ../shared/corpus/cnn-stories/4495ba8f….story: "both" alone means the two named before
    'Both of his children were born in the United States.',
    // ../shared/corpus/polnear/train/text/west-journal_2015-12-12_boom-trump-just-fired-a-word-mis.txt: who is "she"?
    '“She’s caused so many deaths,” Trump said.',
    // ../shared/corpus/cnn-stories/0d43b970….story: a quotation pinned on "he"
    '"I will never come back to that evil mountain," he said.',
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
    // ../shared/corpus/cnn-stories/0d43b970….story: the quotation opens with the speaker's own "We", and its speaker is named
    '"We basically told the families that at this point in time we\'ve run out of options," Stickler said at a news conference late Friday.',
    // ../shared/corpus/polnear/train/text/breitbart_2016-02-08_the-latest-nh-towns-cast-first-v.txt and
    // wash-post_2015-12-20_democratic-candidates-pivot-shar.txt: "said of" names what the quotation's pronoun means
    '“It’s fine,” Trump said of waterboarding.',
    '"He is becoming ISIS\'s best recruiter," Clinton said of Trump, using another name for the Islamic State terrorist organization.',
    // ../shared/corpus/cnn-stories/7fe70cc8….story: "Both … and …" names both
    'Both the judge\'s order and Vick\'s filing refer to "approximately" 53 pit bull dogs.',
  ])('keeps "%s"', (sentence) => {
    expect(isDangling(sentence)).toBe(false);
  });
});

describe('hasUnresolvedPronoun', () => {
  it.each([
    // samples/apollo-11-moon-landing.txt (the project's own sample): who is "he", whom did Aldrin follow?
    'As his left boot pressed into the fine gray soil, he spoke the words that were carried back to Earth.',
    'Looking across the barren plain, he offered a two-word verdict: “Magnificent desolation.”',
    'Aldrin followed him about twenty minutes later.',
    // ../shared/corpus/cnn-stories/a1ebb8bb4d370a1fdf28769206d572be60642d70.story
    "Like his wife, he couldn't stop smiling.",
    // ../shared/corpus/polnear/train/text/breitbart_2016-05-03_glenn-beck-blasts-drudge-for-moc.txt
    'Speaking in his real voice again, he proceeded to recite 2 Timothy 3:1-5 from the Bible, saying: “This know also, that in those days the perilous times shall come.',
    // ../shared/corpus/polnear/train/text/breitbart_2016-03-01_the-latest-sanders-wins-minnesot.txt: names in the clause, but not his
    'Though he did not mention Marco Rubio or John Kasich by name, he made it clear that he felt they should drop out so Republicans could consolidate around him as a viable alternative to Trump.',
    // ../shared/corpus/polnear/train/text/breitbart_2016-01-05_the-latest-cruz-to-give-away-eng.txt
    'Moore thanked him for “stepping up and taking action when Congress won’t.”',
    // ../shared/corpus/cnn-stories/ee8871b15c50d0db17b0179a6d2beab35065f1e9.story: a short adverbial fronts the clause too
    'Most often, they face drug charges or charges of assaulting an officer --charges that Judge Steven Leifman says are usually "avoidable felonies."',
    // ../shared/corpus/cnn-stories/c27cf1b136cc270023de959e7ab24638021bc43f.story: "it" is the university, named before
    'In a news release, it said the student was no longer on campus and will face student conduct review.',
  ])('flags "%s"', (sentence) => {
    expect(hasUnresolvedPronoun(sentence)).toBe(true);
    expect(isDangling(sentence)).toBe(true);
  });

  it.each([
    // samples/apollo-11-moon-landing.txt
    'Neil A. Armstrong and Edwin E. Aldrin Jr. spent about two and a half hours outside their lunar module, Eagle, while Michael Collins circled overhead in the command ship Columbia.',
    'Armstrong climbed down Eagle\'s ladder at 10:56 p.m., watched by a television audience estimated at hundreds of millions of people.',
    // ../shared/corpus/polnear/train/text/breitbart_2016-02-08_former-mexico-leader-calderon-ca.txt: the pronoun points ahead, to Calderon
    'In his assessment of the real estate magnate, Calderon intimated disappointment that the American people have given Trump a real shot at succeeding Barack Obama in the Oval Office next January.',
    // ../shared/corpus/polnear/train/text/breitbart_2016-05-04_ann-coulter-and-then-there-was-t.txt: the fronted clause names him first
    'When Trump launched his campaign by talking about Mexican rapists and the wall, his critics hysterically denounced him, rushing to TV to say he did NOT represent the Republican Party!',
    // ../shared/corpus/polnear/train/text/breitbart_2015-11-11_the-ninth-circle-the-hellish-vie.txt
    'As for Carson, he was, well, Carsonian.',
    // ../shared/corpus/putin-skips-ukraine-talks.txt: the quoted "we" is the speaker's, not the reporter's
    'Zelenskyy said he would decide on his delegation’s next steps only after meeting with Erdogan.',
    '“We are open to any mechanism that can bring about a sustainable and just peace in Ukraine,” Rubio said.',
    // ../shared/corpus/polnear/train/text/huff-post_2016-02-21_this-cable-news-panel-just-dismi.txt and
    // usa-today_2016-01-04_death-lies-and-pandering-on-the-.txt: an "it" that is not saying anything is "it is…"
    'In fact, it is so narrow that many liberal economists and Wall Street reform advocates believe it would be easy for Wall Street to circumvent, doing little to actually diminish high-frequency trades.',
    'As usual, it was Trump who commanded most of the attention.',
  ])('keeps "%s"', (sentence) => {
    expect(hasUnresolvedPronoun(sentence)).toBe(false);
  });
});

describe('isPhotoCaption', () => {
  // ../shared/corpus/cnn-stories/0d43b97000ff852282c89d8d105e41495c0ee9bd.story and 017d27d00eb43678c15cb4a8dd4723a035323219.story:
  // captions the scrape left as paragraphs of their own, right after the lead
  it.each([
    'Isaac Arellano holds a candle and sings during a fundraiser for miners Tuesday in Price, Utah.',
    'President Bush pauses Tuesday during a news conference at the  North American Leaders summit in Canada.',
  ])('flags "%s" as the second paragraph', (sentence) => {
    expect(isPhotoCaption(sentence, 1, true, sentence.split(/\s+/u).length)).toBe(true);
    expect(isDangling(sentence)).toBe(false);
  });

  it('keeps the same shape deep in the story, inside a longer paragraph, and news told in the past tense', () => {
    const caption = 'Isaac Arellano holds a candle and sings during a fundraiser for miners Tuesday in Price, Utah.';
    expect(isPhotoCaption(caption, 12, true, 16)).toBe(false);
    expect(isPhotoCaption(caption, 1, false, 16)).toBe(false);
    // ../shared/corpus/cnn-stories/5e22bbfc7232418b8d2dd646b952e404df5bd048.story
    expect(isPhotoCaption('President Bush told reporters Friday that he will "sadly accept" Snow\'s resignation.', 1, true, 11)).toBe(false);
  });
});

describe('containment', () => {
  // ../shared/corpus/cnn-stories/a1ebb8bb4d370a1fdf28769206d572be60642d70.story: a caption that restates the lead
  it('sees a short sentence whose words are nearly all in a longer one', () => {
    const [lead, caption, other] = tfIdfVectors(
      [
        "Dressed in a Superman shirt, 5-year-old Youssif held his sister's hand Friday, seemingly unaware that millions of people across the world have been touched by his story.",
        "Youssif holds his sister's hand Friday.",
        "His father said he was on the roof of his house when CNN called him with the news about the outpouring of support for his son.",
      ].map(contentTerms),
    );
    // youssif, sister, hand, friday are in the lead; "holds" is not ("held")
    expect(containment(caption!, lead!)).toBeCloseTo(0.8);
    expect(containment(lead!, caption!)).toBeCloseTo(0.8);
    expect(containment(other!, lead!)).toBeLessThan(0.3);
  });
});

describe('isTeaser', () => {
  it.each([
    // ../shared/corpus/cnn-stories/230c522854991d053fe98a718b1defa077a8efef.story and 2bd8ada1de6a7b02f59430cc82045eb8d29cf033.story
    'Never mind cats having nine lives.',
    'For the first time in eight years, a TV legend returned to doing what he does best.',
  ])('sees that "%s" names nothing, so it is no TL;DR', (sentence) => {
    expect(isTeaser(sentence)).toBe(true);
  });

  it.each([
    // ../shared/corpus/putin-skips-ukraine-talks.txt
    'Tensions flared on Thursday as Russia and Ukraine exchanged heated insults ahead of long-anticipated peace talks in Turkey — the first attempt at direct dialogue between the two sides in over three years.',
    // ../shared/corpus/cnn-stories/4495ba8f3a340d97a9df1476f8a35502bcce1f69.story
    "If you've been following the news lately, there are certain things you doubtless know about Mohammad Javad Zarif.",
    // ../shared/corpus/cnn-stories/a1ebb8bb4d370a1fdf28769206d572be60642d70.story: a number is specific too
    'Dressed in a Superman shirt, 5-year-old Youssif held his sister\'s hand Friday.',
  ])('sees that "%s" names someone or something', (sentence) => {
    expect(isTeaser(sentence)).toBe(false);
  });
});
