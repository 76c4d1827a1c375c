import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCommandRunner } from '../../../src/core/commands/create-command-runner.js';
import type { CommandDeps } from '../../../src/core/commands/deps.js';
import type { ChannelRef, CommandRequest, CommandRunner, Reply } from '../../../src/core/commands/types.js';
import type { ArticleStore, QuoteStore } from '../../../src/core/ports/article-store.js';
import { fixedClock } from '../../../src/core/ports/clock.js';
import { noopMetrics, type Metrics } from '../../../src/core/ports/metrics.js';
import { createArticleReader } from '../../../src/ingest/create-article-reader.js';
import { startLocalHttpServer, type LocalHttpServer } from '../../support/local-http-server.js';
import { createRealRunnerRig, type RealRunnerRig } from '../../support/real-runner.js';
import { silentLogger } from '../../../src/core/ports/logger.js';
import { projectRoot } from '../../support/corpus.js';
import { join } from 'node:path';

const channel: ChannelRef = { platform: 'slack', id: 'C1' };
const other: ChannelRef = { platform: 'discord', id: '42' };
const ask = (runner: CommandRunner, command: string, text = '', where: ChannelRef = channel): Promise<Reply> =>
  runner.run({ command, text, channel: where, user: { id: 'U1', isAdmin: async () => false } } satisfies CommandRequest);

const sampleHtml = (title: string, who: string): string => `<!doctype html><html><head><title>${title}</title></head><body>
<nav><a href="/">Home</a> · <a href="/world">World</a></nav>
<article><h1>${title}</h1>
<p>The harbour council voted on Tuesday to keep the night ferry running through the winter, reversing a plan to suspend it from November. The decision followed weeks of complaints from shift workers who rely on the last crossing.</p>
<p>“We listened to the people who actually ride the boat at midnight,” ${who} said after the vote. “Cutting it would have left nurses and dock crews stranded.”</p>
<p>The ferry operator said it would add a second crew to cover the extra hours, at a cost the council estimated at 1.2 million a year. Fares will not change before spring.</p>
<p>Opponents argued that the money should go to road repairs instead. The council will review passenger numbers in March.</p>
</article><footer>Share this · Leave a Reply</footer></body></html>`;

describe('the command layer, on the real store', () => {
  let server: LocalHttpServer;
  let articles: ArticleStore & QuoteStore;
  let runner: CommandRunner;
  let deps: CommandDeps;

  beforeAll(async () => {
    server = await startLocalHttpServer((req, res) => {
      if (req.url === '/ferry') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(sampleHtml('Night Ferry Saved', 'Council leader Amira Haddad'));
      if (req.url === '/bridge') return res.writeHead(200, { 'content-type': 'text/html' }).end(sampleHtml('Bridge Closure Delayed', 'Mayor Tom Keller'));
      res.writeHead(404).end('not here');
    });
  });
  afterAll(() => server.close());

  let rig: RealRunnerRig;
  beforeEach(() => {
    rig = createRealRunnerRig({ allowPrivate: true, clock: fixedClock('2026-11-24T09:00:00Z'), maxFull: 1 });
    ({ deps, runner, store: articles } = rig);
  });
  afterEach(() => rig.close());

  const storeSeed = async (): Promise<void> => {
    await rig.storeSeed();
  };

  it('/summary <url> fetches, digests and stores the article; the speaker is then quotable', async () => {
    const reply = await ask(runner, 'summary', `${server.url}/ferry`);
    expect(reply.kind).toBe('digest');
    if (reply.kind !== 'digest') return;
    expect(reply.digest.article.title).toBe('Night Ferry Saved');
    expect(reply.digest.article.url).toBe(`${server.url}/ferry`);
    expect(reply.text).toContain('Night Ferry Saved');
    const quotes = await ask(runner, 'quotes', 'haddad');
    expect(quotes.kind).toBe('quotes');
    if (quotes.kind === 'quotes') expect(quotes.quotes[0]?.text).toMatch(/^We listened to the people/u);
  });

  it('/summary answers a missing URL, a non-URL, a 404 and a private address politely', async () => {
    expect((await ask(runner, 'summary')).text).toMatch(/^Sorry — \/summary needs the address/u);
    expect((await ask(runner, 'summary', 'ftp://example.com/x')).text).toMatch(/^Sorry — .* is not an http\(s\) address/u);
    const missing = await ask(runner, 'summary', `${server.url}/gone`);
    expect(missing.kind).toBe('error');
    expect(missing.text).toMatch(/^Sorry — .*404/u);
    const strict = createCommandRunner({ ...deps, reader: createArticleReader({ fetch: { allowPrivate: false, timeoutMs: 2000, maxBytes: 1_000_000 } }) });
    const refused = await ask(strict, 'summary', `${server.url}/ferry`);
    expect(refused.kind).toBe('error');
    expect(refused.text).toMatch(/private|loopback/i);
  });

  it('/quotes <speaker> finds the seed article’s Zelenskyy quotes; no argument lists speakers with counts', async () => {
    await storeSeed();
    const reply = await ask(runner, 'quotes', 'zelensky');
    expect(reply.kind).toBe('quotes');
    if (reply.kind === 'quotes') {
      expect(reply.speaker).toBe('Volodymyr Zelenskyy');
      expect(new Set(reply.quotes.map((q) => q.speaker))).toEqual(new Set(['Volodymyr Zelenskyy']));
    }
    const list = await ask(runner, 'quotes');
    expect(list.kind).toBe('speakers');
    expect(list.text).toMatch(/5\s+Volodymyr Zelenskyy/u);
  });

  it('/quotes for someone never quoted names the closest speakers who were', async () => {
    await storeSeed();
    const reply = await ask(runner, 'quotes', 'zelenskyj');
    expect(reply.text).toMatch(/Zelenskyy/u);
    const putin = await ask(runner, 'quotes', 'putin');
    expect(putin.text).toMatch(/^No quotes by putin\./u);
  });

  it('/digest shows what this channel has not seen, once; /digest latest shows it again', async () => {
    await storeSeed();
    await ask(runner, 'summary', `${server.url}/ferry`);
    await ask(runner, 'summary', `${server.url}/bridge`);
    const first = await ask(runner, 'digest');
    expect(first.kind).toBe('channel-digest');
    if (first.kind !== 'channel-digest') return;
    expect(first.channelDigest.full).toHaveLength(1);
    expect(first.channelDigest.more).toHaveLength(2);
    // The seed article has the most key quotes: it leads.
    expect(first.channelDigest.full[0]?.digest.article.title).toMatch(/^Putin Skips/u);
    const again = await ask(runner, 'digest');
    expect(again.kind).toBe('text');
    expect(again.text).toMatch(/No new articles/u);
    const latest = await ask(runner, 'digest', 'latest');
    expect(latest.kind).toBe('channel-digest');
    if (latest.kind === 'channel-digest') expect(latest.channelDigest.full.length + latest.channelDigest.more.length).toBe(3);
    // Another channel has its own history.
    const elsewhere = await ask(runner, 'digest', '', other);
    expect(elsewhere.kind).toBe('channel-digest');
  });

  it('answers an unknown command and stray arguments with a pointer to /help', async () => {
    expect((await ask(runner, 'frobnicate')).text).toMatch(/^Sorry — I don't know \/frobnicate\. Try \/help/u);
    expect((await ask(runner, 'digest', 'yesterday please')).text).toMatch(/^Sorry — \/digest takes nothing, or `latest`/u);
    const help = await ask(runner, 'help');
    for (const c of ['/digest', '/summary', '/quotes', '/help']) expect(help.text).toContain(c);
  });

  it('answers a fault with an apology, counts it, and logs the context — never a stack trace', async () => {
    const errors: string[] = [];
    const logged: object[] = [];
    const metrics: Metrics = { ...noopMetrics, error: (where) => errors.push(where) };
    const logger = { ...silentLogger, error: (obj: object) => logged.push(obj), child: () => logger };
    const broken = createCommandRunner({
      ...deps,
      metrics,
      logger,
      quotes: { ...articles, quotesBySpeaker: async () => { throw new Error('disk I/O error'); } },
    });
    const reply = await ask(broken, 'quotes', 'rubio');
    expect(reply.kind).toBe('error');
    expect(reply.text).toMatch(/^Sorry — something went wrong on my side while running \/quotes/u);
    expect(reply.text).not.toMatch(/disk I\/O|at .*\.ts/u);
    expect(errors).toEqual(['command:quotes']);
    expect(logged).toHaveLength(1);
  });

  it('suggests speakers for autocomplete by prefix', async () => {
    await storeSeed();
    expect(await runner.suggestSpeakers('zel', 5)).toContain('Volodymyr Zelenskyy');
  });

  it('renders replies that ping nobody, whatever the article says', async () => {
    const hostile = readFileSync(join(projectRoot, 'samples', 'apollo-11-moon-landing.txt'), 'utf8')
      .replace('Two American astronauts', '@everyone <!channel> <@U024BE7LH> Two American astronauts');
    const article = await createArticleReader({ fetch: { allowPrivate: true, timeoutMs: 1000, maxBytes: 1_000_000 }, readStdin: async () => Buffer.from(hostile) }).read('-');
    const { digest, quotes } = await deps.summarizer.summarize(article);
    await articles.saveDigest(article, digest, quotes);
    const reply = await ask(runner, 'digest');
    expect(reply.text).toContain('everyone');
    expect(reply.text).not.toMatch(/@everyone|<!channel>|<@U024BE7LH>/u);
  });
});
