import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TidingsError } from '../../../src/core/errors.js';
import type { ArticleStore, QuoteStore, SpeakerLookup } from '../../../src/core/ports/article-store.js';
import type { Clock } from '../../../src/core/ports/clock.js';
import { digestOf, makeArticle, quoteOf, seedArticleWithQuotes, steppingClock } from './store-fixtures.js';

export type Store = ArticleStore & QuoteStore;

/** Makes a fresh, empty store; `close` releases what it holds (a temp file, a handle). */
export type StoreFactory = (clock: Clock) => { store: Store; close: () => void };

const texts = (lookup: SpeakerLookup): string[] => (lookup.found ? lookup.quotes.map((q) => q.text) : []);

async function saveSeed(store: Store) {
  const { article, quotes } = seedArticleWithQuotes();
  const result = await store.saveDigest(article, digestOf(article, quotes), quotes);
  return { article, quotes, result };
}

/** One behaviour, two stores: the in-memory fake and SQLite must answer every question alike. */
export function describeArticleStoreContract(name: string, factory: StoreFactory): void {
  describe(`${name}: the article and quote store contract`, () => {
    let store: Store;
    let close: () => void;

    beforeEach(() => {
      ({ store, close } = factory(steppingClock()));
    });
    afterEach(() => close());

    describe('articles and digests', () => {
      it('finds a stored article by id, URL and content hash, stamped by the injected clock', async () => {
        const article = makeArticle('Talks stall', ['Nothing moved today.'], { url: 'https://news.example/talks' });
        const result = await store.saveDigest(article, digestOf(article, []), []);
        expect(result).toEqual({ articleId: article.id, created: true });
        for (const ref of [{ id: article.id }, { url: article.url! }, { contentHash: article.contentHash }]) {
          const found = await store.findArticle(ref);
          expect(found?.article).toEqual(article);
          expect(found?.storedAt).toBe('2026-01-01T00:00:00.000Z');
        }
        expect(await store.findArticle({ id: 'nope' })).toBeNull();
      });

      it('stores nothing new for the same text again, and says it was a duplicate by content', async () => {
        const { article, quotes } = await saveSeed(store);
        const again = await store.saveDigest(article, digestOf(article, quotes), quotes);
        expect(again).toEqual({ articleId: article.id, created: false, duplicateOf: 'content' });
        expect(await store.listArticles()).toHaveLength(1);
        expect(texts(await store.quotesBySpeaker('rubio'))).toHaveLength(2);
      });

      it('stores nothing for a different text at an already stored URL', async () => {
        const first = makeArticle('Talks', ['First version.'], { url: 'https://news.example/a' });
        const second = makeArticle('Talks', ['Second version, edited.'], { url: 'https://news.example/a' });
        await store.saveDigest(first, digestOf(first, []), []);
        const result = await store.saveDigest(second, digestOf(second, []), []);
        expect(result).toEqual({ articleId: first.id, created: false, duplicateOf: 'url' });
        expect(await store.findArticle({ contentHash: second.contentHash })).toBeNull();
      });

      it("keeps another engine's digest of the same article, and getDigest returns the newest", async () => {
        const article = makeArticle('Talks', ['Nothing moved today. Both sides left.']);
        await store.saveDigest(article, digestOf(article, [], { tldr: 'extractive tldr' }), []);
        const llm = digestOf(article, [], { engine: 'llm:gpt-test', tldr: 'llm tldr' });
        expect(await store.saveDigest(article, llm, [])).toMatchObject({ created: false, duplicateOf: 'content' });
        expect((await store.getDigest(article.id))?.tldr).toBe('llm tldr');
        await store.saveDigest(article, digestOf(article, [], { tldr: 'extractive again' }), []);
        expect((await store.getDigest(article.id))?.tldr).toBe('llm tldr');
        expect(await store.getDigest('unknown')).toBeNull();
      });

      it('lists articles newest first, with a limit and a since', async () => {
        const made = ['One', 'Two', 'Three'].map((t) => makeArticle(t, [`${t} happened.`]));
        for (const a of made) await store.saveDigest(a, digestOf(a, []), []);
        expect((await store.listArticles()).map((s) => s.article.title)).toEqual(['Three', 'Two', 'One']);
        expect((await store.listArticles({ limit: 2 })).map((s) => s.article.title)).toEqual(['Three', 'Two']);
        expect((await store.listArticles({ since: '2026-01-01T00:01:00Z' })).map((s) => s.article.title)).toEqual(['Three', 'Two']);
        await expect(store.listArticles({ since: 'yesterday-ish' })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
      });
    });

    describe('nothing half-written', () => {
      it('rolls the whole article back when a quote fails to insert mid-way', async () => {
        const { article, quotes } = seedArticleWithQuotes();
        // Two quotes at one offset pass validation but break the store's uniqueness rule mid-save.
        const clash = { ...quotes[10]!, speaker: 'Someone Else' };
        const broken = [...quotes, clash];
        const error = await store.saveDigest(article, digestOf(article, broken), broken).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(TidingsError);
        expect((error as TidingsError).code).toBe('STORE_FAILED');
        expect(await store.findArticle({ id: article.id })).toBeNull();
        expect(await store.getDigest(article.id)).toBeNull();
        expect(await store.speakers()).toEqual([]);
        expect((await store.quotesBySpeaker('zelensky')).found).toBe(false);
        expect(await store.saveDigest(article, digestOf(article, quotes), quotes)).toMatchObject({ created: true });
        expect(texts(await store.quotesBySpeaker('zelensky'))).toHaveLength(5);
      });

      it('refuses a quote that is not the article text at its offsets, storing nothing', async () => {
        const { article, quotes } = seedArticleWithQuotes();
        const forged = [...quotes, { ...quotes[5]!, text: 'We will never negotiate.' }];
        await expect(store.saveDigest(article, digestOf(article, quotes), forged)).rejects.toMatchObject({ code: 'INPUT_INVALID' });
        expect(await store.listArticles()).toEqual([]);
      });

      it("refuses a digest of another article", async () => {
        const a = makeArticle('A', ['Alpha.']);
        const b = makeArticle('B', ['Beta.']);
        await expect(store.saveDigest(a, digestOf(b, []), [])).rejects.toMatchObject({ code: 'INPUT_INVALID' });
        expect(await store.findArticle({ id: a.id })).toBeNull();
      });
    });

    describe('the seed article', () => {
      it.each(['zelenskyy', 'zelensky', 'Zelenskiy', 'ZELENSKYY', 'Volodymyr Zelenskyy', 'President Zelensky'])(
        '%s finds exactly Volodymyr Zelenskyy’s four full quotes and the “decorative” fragment',
        async (query) => {
          await saveSeed(store);
          const lookup = await store.quotesBySpeaker(query);
          expect(lookup).toMatchObject({ found: true, speaker: 'Volodymyr Zelenskyy', others: [] });
          expect(texts(lookup)).toEqual([
            'decorative',
            'We need to understand the level of the Russian delegation and what their mandate is,',
            'From what we see, it looks more like a decorative deployment by Moscow.',
            'Our delegation is at the highest level,',
            'The Ministry of Foreign Affairs, the Office of the President, our military, and intelligence services are all present to pursue peace — if Russia is sincere.',
          ]);
          if (lookup.found) expect(lookup.quotes.map((q) => q.fragment)).toEqual([true, false, false, false, false]);
        },
      );

      it('answers putin with not found and the closest speakers who do have quotes', async () => {
        await saveSeed(store);
        const lookup = await store.quotesBySpeaker('putin');
        expect(lookup.found).toBe(false);
        if (lookup.found) return;
        expect(lookup.query).toBe('putin');
        expect(lookup.suggestions.length).toBeGreaterThan(0);
        expect(lookup.suggestions[0]).toEqual({ name: 'Volodymyr Zelenskyy', quotes: 5 });
        expect(lookup.suggestions.every((s) => s.quotes > 0 && !/putin/iu.test(s.name))).toBe(true);
      });

      it('finds rubio’s two, lavrov’s “pathetic”, zakharova’s three and the diplomat’s two', async () => {
        await saveSeed(store);
        expect(texts(await store.quotesBySpeaker('rubio'))).toEqual([
          'We’re impatient,',
          'We are open to any mechanism that can bring about a sustainable and just peace in Ukraine.',
        ]);
        expect(texts(await store.quotesBySpeaker('lavrov'))).toEqual(['pathetic,']);
        expect(texts(await store.quotesBySpeaker('Zakharova'))).toEqual(['dummy,', 'clown,', 'loser']);
        const diplomat = await store.quotesBySpeaker('European diplomat');
        expect(diplomat).toMatchObject({ found: true, speaker: 'a European diplomat' });
        expect(texts(diplomat)).toHaveLength(2);
      });

      it("gives each quote its article's title, URL, date and fragment flag", async () => {
        const { article } = await saveSeed(store);
        const lookup = await store.quotesBySpeaker('rubio');
        expect(lookup.found && lookup.quotes[0]).toEqual({
          speaker: 'Marco Rubio', role: 'U.S. Secretary of State', text: 'We’re impatient,',
          start: article.text.indexOf('We’re impatient,'), end: article.text.indexOf('We’re impatient,') + 'We’re impatient,'.length,
          articleId: article.id, articleTitle: 'Putin Skips Ukraine Talks in Turkey as Russia Dismisses Trump Pressure, Mocks Zelenskyy',
          articleUrl: null, articleDate: '2025-05-15T09:00:00.000Z', fragment: false,
        });
      });

      it('suggests Volodymyr Zelenskyy first for a misspelt zelinsky', async () => {
        await saveSeed(store);
        const lookup = await store.quotesBySpeaker('zelinsky');
        expect(lookup.found).toBe(false);
        expect(!lookup.found && lookup.suggestions[0]?.name).toBe('Volodymyr Zelenskyy');
      });
    });

    describe('speakers across articles', () => {
      it('files a later article’s “Zelensky” under the stored Volodymyr Zelenskyy, newest article first', async () => {
        await saveSeed(store);
        const later = makeArticle('Kyiv responds', ['“We will not give up our land,” Zelensky said on Friday.'], { publishedAt: '2025-05-16T08:00:00-04:00' });
        const q = quoteOf(later, 'We will not give up our land,', 'Zelensky');
        await store.saveDigest(later, digestOf(later, [q]), [q]);
        const lookup = await store.quotesBySpeaker('Volodymyr Zelenskyy');
        expect(texts(lookup)[0]).toBe('We will not give up our land,');
        expect(lookup.found && lookup.quotes[0]).toMatchObject({ speaker: 'Volodymyr Zelenskyy', articleTitle: 'Kyiv responds', articleDate: '2025-05-16T12:00:00.000Z' });
        expect(texts(lookup)).toHaveLength(6);
        expect(await store.speakers({ prefix: 'zel' })).toEqual([{ name: 'Volodymyr Zelenskyy', quotes: 6 }]);
      });

      it('names a speaker by its most quoted spelling, and still finds it by the first one', async () => {
        // A real misreading: "Liar-of the Year Barack Obama" in polnear/train/text/breitbart_2015-11-17_wash-post-fact-check-if-obama-sa.txt.
        const first = makeArticle('First', ['“Change has come,” Year Barack Obama said.']);
        const q1 = quoteOf(first, 'Change has come,', 'Year Barack Obama');
        await store.saveDigest(first, digestOf(first, [q1]), [q1]);
        const second = makeArticle('Second', ['“Yes we can,” Barack Obama said. “We did,” Barack Obama added.']);
        const q2 = [quoteOf(second, 'Yes we can,', 'Barack Obama'), quoteOf(second, 'We did,', 'Barack Obama')];
        await store.saveDigest(second, digestOf(second, q2), q2);
        const third = makeArticle('Third', ['“Thank you,” Obama said.']);
        const q3 = quoteOf(third, 'Thank you,', 'Obama');
        await store.saveDigest(third, digestOf(third, [q3]), [q3]);
        expect(await store.speakers()).toEqual([{ name: 'Barack Obama', quotes: 4 }]);
        for (const query of ['obama', 'Year Barack Obama', 'Barack Obama']) {
          expect(await store.quotesBySpeaker(query), query).toMatchObject({ found: true, speaker: 'Barack Obama' });
        }
      });

      // Both Presidents Bush speak in PolNeAR (George H.W. Bush: polnear/train/text/breitbart_2016-01-19_long-time-leaders-of-conservativ.txt).
      it('keeps its identity when the shown name changes: George H. W. Bush shown as George Bush is still not George W. Bush', async () => {
        const saves: Array<[string, string]> = [['I am the elder,', 'George H.W. Bush'], ['Read my lips,', 'George Bush'], ['A thousand points of light,', 'George Bush'], ['Mission accomplished,', 'George W. Bush']];
        for (const [text, speaker] of saves) {
          const a = makeArticle(text, [`“${text}” ${speaker} said.`]);
          const q = quoteOf(a, text, speaker);
          await store.saveDigest(a, digestOf(a, [q]), [q]);
        }
        expect(await store.speakers()).toEqual([{ name: 'George Bush', quotes: 3 }, { name: 'George W. Bush', quotes: 1 }]);
        expect(texts(await store.quotesBySpeaker('George W. Bush'))).toEqual(['Mission accomplished,']);
        expect(await store.quotesBySpeaker('George H. W. Bush')).toMatchObject({ speaker: 'George Bush', others: [] });

        // An article that calls him "George Bush" but also "George W. Bush" is about the son.
        const a = makeArticle('Texas', ['“We will rebuild,” George Bush said.']);
        const q = quoteOf(a, 'We will rebuild,', 'George Bush', { aliases: ['George W. Bush', 'Bush'] });
        await store.saveDigest(a, digestOf(a, [q]), [q]);
        expect(texts(await store.quotesBySpeaker('George W. Bush'))).toEqual(['We will rebuild,', 'Mission accomplished,']);
        expect(await store.quotesBySpeaker('bush')).toMatchObject({ speaker: 'George Bush', others: [{ name: 'George W. Bush', quotes: 2 }] });
      });

      it('treats two spellings of one surname in one article as one speaker', async () => {
        await saveSeed(store);
        const later = makeArticle('Kyiv', ['“We stand,” Zelenskyy said. “We endure,” Zelenskiy added.']);
        const quotes = [quoteOf(later, 'We stand,', 'Zelenskyy'), quoteOf(later, 'We endure,', 'Zelenskiy')];
        await store.saveDigest(later, digestOf(later, quotes), quotes);
        expect(await store.speakers({ prefix: 'zelensk' })).toEqual([{ name: 'Volodymyr Zelenskyy', quotes: 7 }]);
      });

      it('orders by publication date, else by when the article was stored', async () => {
        const old = makeArticle('Old', ['“Old words,” Peskov said.'], { publishedAt: '2020-01-01T00:00:00Z' });
        const undated = makeArticle('Undated', ['“Undated words,” Peskov said.']);
        const dated = makeArticle('Dated', ['“Dated words,” Peskoff said.'], { publishedAt: '2030-01-01T00:00:00Z' });
        for (const [a, text, who] of [[old, 'Old words,', 'Dmitry Peskov'], [undated, 'Undated words,', 'Peskov'], [dated, 'Dated words,', 'Dmitry Peskoff']] as const) {
          const q = quoteOf(a, text, who);
          await store.saveDigest(a, digestOf(a, [q]), [q]);
        }
        const lookup = await store.quotesBySpeaker('peskov', { limit: 2 });
        expect(texts(lookup)).toEqual(['Dated words,', 'Undated words,']);
        expect(lookup.found && lookup.quotes[1]?.articleDate).toBe('2026-01-01T00:01:00.000Z');
      });

      it('gives a bare surname its full name when one arrives later', async () => {
        const first = makeArticle('First', ['“We hold the line,” Zelenskyy said.']);
        const q1 = quoteOf(first, 'We hold the line,', 'Zelenskyy');
        await store.saveDigest(first, digestOf(first, [q1]), [q1]);
        const second = makeArticle('Second', ['“We need air defence,” said Volodymyr Zelenskiy.']);
        const q2 = quoteOf(second, 'We need air defence,', 'Volodymyr Zelenskiy');
        await store.saveDigest(second, digestOf(second, [q2]), [q2]);
        expect(await store.speakers()).toEqual([{ name: 'Volodymyr Zelenskiy', quotes: 2 }]);
        expect(texts(await store.quotesBySpeaker('zelenskyy'))).toEqual(['We need air defence,', 'We hold the line,']);
      });

      // "Mrs. Clinton" and "Hillary Rodham Clinton": polnear/train/text/huff-post_2016-02-01_here-s-why-winning-iowa-could-br.txt, nyt_2015-11-09_jobs-report-gives-democrats-a-li.txt.
      it('keeps Hillary and Bill Clinton apart, and files a bare Mrs. Clinton beside Bill Clinton under Hillary', async () => {
        const one = makeArticle('Rally', ['“I am ready,” Hillary Clinton said. “We will win,” she added. “Believe it,” Mrs. Clinton told the crowd.']);
        const oneQuotes = [
          quoteOf(one, 'I am ready,', 'Hillary Clinton', { aliases: ['Mrs. Clinton', 'Clinton'] }),
          quoteOf(one, 'We will win,', 'Hillary Clinton'),
        ];
        await store.saveDigest(one, digestOf(one, oneQuotes), oneQuotes);
        const two = makeArticle('Debate', ['“She is the most qualified,” Bill Clinton said. “I never said that,” Mrs. Clinton replied.']);
        const twoQuotes = [
          quoteOf(two, 'She is the most qualified,', 'Bill Clinton', { role: 'former President' }),
          quoteOf(two, 'I never said that,', 'Mrs. Clinton'),
        ];
        await store.saveDigest(two, digestOf(two, twoQuotes), twoQuotes);

        for (const query of ['Hillary Clinton', 'Hillary Rodham Clinton', 'clinton', 'Mrs. Clinton']) {
          const lookup = await store.quotesBySpeaker(query);
          expect(lookup, query).toMatchObject({ found: true, speaker: 'Hillary Clinton' });
          expect(texts(lookup).sort(), query).toEqual(['I am ready,', 'I never said that,', 'We will win,']);
        }
        expect(await store.quotesBySpeaker('clinton')).toMatchObject({ others: [{ name: 'Bill Clinton', quotes: 1 }] });
        for (const query of ['Bill Clinton', 'William Clinton', 'President Bill Clinton']) {
          expect(texts(await store.quotesBySpeaker(query)), query).toEqual(['She is the most qualified,']);
        }
        expect(await store.quotesBySpeaker('Hillary Clinton')).toMatchObject({ others: [] });
        expect(await store.speakers()).toEqual([{ name: 'Hillary Clinton', quotes: 3 }, { name: 'Bill Clinton', quotes: 1 }]);
      });

      // polnear/train/text/nyt_2016-08-01_pressure-rises-on-trump-after-cr.txt quotes Khizr Khan, Ghazala Khan and a bare "Mr. Khan".
      it('lists a bare surname it cannot place as its own speaker among the others (PolNeAR’s Khizr and Ghazala Khan)', async () => {
        const a = makeArticle('Convention', ['“Have you even read the Constitution?” Khizr Khan asked. “I cannot walk onto that stage,” Ghazala Khan wrote. “He has sacrificed nothing,” Mr. Khan said.']);
        const quotes = [
          quoteOf(a, 'Have you even read the Constitution?', 'Khizr Khan'),
          quoteOf(a, 'He has sacrificed nothing,', 'Khizr Khan'),
          quoteOf(a, 'I cannot walk onto that stage,', 'Ghazala Khan'),
        ];
        await store.saveDigest(a, digestOf(a, quotes), quotes);
        const b = makeArticle('Reply', ['“We were attacked,” Khan said.']);
        const bare = quoteOf(b, 'We were attacked,', 'Khan');
        await store.saveDigest(b, digestOf(b, [bare]), [bare]);

        const lookup = await store.quotesBySpeaker('khan');
        expect(lookup).toMatchObject({ found: true, speaker: 'Khizr Khan', others: [{ name: 'Ghazala Khan', quotes: 1 }, { name: 'Khan', quotes: 1 }] });
        expect(texts(lookup)).toHaveLength(2);
        expect(texts(await store.quotesBySpeaker('Ghazala Khan'))).toEqual(['I cannot walk onto that stage,']);
      });

      it('finds a speaker by an alias the article recorded (Xi for Xi Jinping)', async () => {
        const a = makeArticle('Beijing', ['“Cooperation is the only choice,” Xi Jinping said.']);
        const q = quoteOf(a, 'Cooperation is the only choice,', 'Xi Jinping', { aliases: ['Xi', 'President Xi'] });
        await store.saveDigest(a, digestOf(a, [q]), [q]);
        expect(await store.quotesBySpeaker('xi')).toMatchObject({ found: true, speaker: 'Xi Jinping' });
        expect(texts(await store.quotesBySpeaker('Jinping'))).toHaveLength(1);
      });

      // The Slack load bench's synthetic speakers: "Zakharova Person17" was answered with Person1177's quotes.
      it('keeps speakers whose names differ only in doubled digits apart, and a full name answers only who agrees with both names', async () => {
        for (const who of ['Zakharova Person1177', 'Zakharova Person17', 'Lavrov Person17']) {
          const a = makeArticle(who, [`“I am ${who},” ${who} said.`]);
          const q = quoteOf(a, `I am ${who},`, who);
          await store.saveDigest(a, digestOf(a, [q]), [q]);
        }
        expect(await store.quotesBySpeaker('Zakharova Person17')).toMatchObject({ found: true, speaker: 'Zakharova Person17', others: [] });
        expect(texts(await store.quotesBySpeaker('Zakharova Person17'))).toEqual(['I am Zakharova Person17,']);
        expect(texts(await store.quotesBySpeaker('Zakharova Person1177'))).toEqual(['I am Zakharova Person1177,']);
        expect(texts(await store.quotesBySpeaker('Lavrov Person1177'))).toEqual([]);
        expect(await store.quotesBySpeaker('person17')).toMatchObject({ found: true, others: [{ quotes: 1 }] });
      });

      it('never files an unnamed source under a named person', async () => {
        const a = makeArticle('Leaks', ['“It is over,” a senior official said. “It is not over,” Mark Official said.']);
        const quotes = [quoteOf(a, 'It is over,', 'a senior official', { kind: 'unnamed' }), quoteOf(a, 'It is not over,', 'Mark Official')];
        await store.saveDigest(a, digestOf(a, quotes), quotes);
        expect(await store.quotesBySpeaker('official')).toMatchObject({ speaker: 'Mark Official', others: [] });
        expect(texts(await store.quotesBySpeaker('a senior official'))).toEqual(['It is over,']);
      });
    });

    describe('suggestions when nobody matches', () => {
      async function quoteMany(speaker: string, n: number): Promise<void> {
        const said = Array.from({ length: n }, (_, i) => `Statement ${speaker} ${i},`);
        const a = makeArticle(`${speaker} speaks`, said.map((t) => `“${t}” ${speaker} said.`));
        const quotes = said.map((t) => quoteOf(a, t, speaker));
        await store.saveDigest(a, digestOf(a, quotes), quotes);
      }
      const suggested = async (query: string) => {
        const lookup = await store.quotesBySpeaker(query);
        expect(lookup.found, query).toBe(false);
        return lookup.found ? [] : lookup.suggestions;
      };

      it('suggests speakers stored after an earlier lookup, under their current name and count', async () => {
        await saveSeed(store);
        expect((await suggested('putin'))[0]).toEqual({ name: 'Volodymyr Zelenskyy', quotes: 5 });
        await quoteMany('Dmitry Peskov', 6);
        expect((await suggested('putin'))[0]).toEqual({ name: 'Dmitry Peskov', quotes: 6 });
        expect((await suggested('Peskox'))[0]).toEqual({ name: 'Dmitry Peskov', quotes: 6 });
        // A more quoted spelling renames him; the suggestion follows.
        await quoteMany('Dmitri Peskov', 7);
        expect((await suggested('putin')).slice(0, 2)).toEqual([{ name: 'Dmitri Peskov', quotes: 13 }, { name: 'Volodymyr Zelenskyy', quotes: 5 }]);
      });

      it('suggests the closest names first for several words, one letter or long nonsense, and never more than five', async () => {
        await saveSeed(store);
        expect((await suggested('Sergej Lavrow Jr.')).map((s) => s.name)[0]).toBe('Sergey Lavrov');
        expect((await suggested('maria zakarova')).map((s) => s.name)[0]).toBe('Maria Zakharova');
        expect((await suggested('t')).map((s) => s.name)[0]).toBe('Donald Trump');
        const nonsense = await suggested('qwertz uiopa sdfgh jklyx cvbnm asdfg hjklo iuztr ewqay sxdcf vgbhn jmkol pqwer tzuio plkjh gfdsa yx');
        expect(nonsense.map((s) => s.name)).toEqual(['Volodymyr Zelenskyy', 'Maria Zakharova', 'Donald Trump', 'Marco Rubio', 'a European diplomat']);
      });

      it('never suggests a speaker whose article was rolled back', async () => {
        await saveSeed(store);
        await suggested('anyone');
        const a = makeArticle('Other', ['“We are here,” Someone Else said.']);
        const q = quoteOf(a, 'We are here,', 'Someone Else');
        const clash = { ...q, speaker: 'Another Person' };
        await expect(store.saveDigest(a, digestOf(a, [q, clash]), [q, clash])).rejects.toMatchObject({ code: 'STORE_FAILED' });
        const names = (await suggested('Someone Els')).map((s) => s.name);
        expect(names).toHaveLength(5);
        expect(names).not.toContain('Someone Else');
      });
    });

    describe('speaker lists and search', () => {
      it('counts quotes per speaker, most quoted first, and completes a prefix by any spelling', async () => {
        await saveSeed(store);
        expect(await store.speakers({ limit: 3 })).toEqual([
          { name: 'Volodymyr Zelenskyy', quotes: 5 },
          { name: 'Maria Zakharova', quotes: 3 },
          { name: 'Donald Trump', quotes: 2 },
        ]);
        for (const prefix of ['zel', 'Zelenskiy', 'ZELENSKYY', 'volod']) {
          expect(await store.speakers({ prefix }), prefix).toEqual([{ name: 'Volodymyr Zelenskyy', quotes: 5 }]);
        }
        for (const prefix of ['zak', 'Zakh', 'Maria Z']) {
          expect(await store.speakers({ prefix }), prefix).toEqual([{ name: 'Maria Zakharova', quotes: 3 }]);
        }
        expect((await store.speakers({ prefix: 'ma' })).map((s) => s.name)).toEqual(['Maria Zakharova', 'Marco Rubio']);
        expect(await store.speakers({ prefix: 'ma', limit: 1 })).toEqual([{ name: 'Maria Zakharova', quotes: 3 }]);
        expect(await store.speakers({ prefix: 'putin' })).toEqual([]);
      });

      it('searches quotes by the words they contain, in any order, case and accents aside', async () => {
        await saveSeed(store);
        const hits = await store.searchQuotes('RUSSIAN mandate');
        expect(hits.map((q) => [q.speaker, q.text])).toEqual([
          ['Volodymyr Zelenskyy', 'We need to understand the level of the Russian delegation and what their mandate is,'],
        ]);
        expect((await store.searchQuotes('negotiat')).map((q) => q.speaker)).toEqual(['a European diplomat']);
        expect((await store.searchQuotes('were impatient')).map((q) => q.text)).toEqual(['We’re impatient,']);
        expect(await store.searchQuotes('délégation highest')).toHaveLength(1);
        expect(await store.searchQuotes('mandate highest')).toEqual([]);
        expect(await store.searchQuotes('  “…”  ')).toEqual([]);
        expect(await store.searchQuotes('the', { limit: 2 })).toHaveLength(2);
      });
    });
  });
}
