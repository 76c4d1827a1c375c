import { describe, expect, it } from 'vitest';
import { seedArticlePath } from '../../support/corpus.js';
import { cli, tempDb } from '../../support/run-cli.js';

describe('tidings chat', () => {
  it('answers the same slash commands as Slack and Discord, in the terminal', async () => {
    const env = { TIDINGS_DB: tempDb() };
    expect((await cli(['digest', seedArticlePath], env)).code).toBe(0);
    const run = await cli(['chat'], env, '/quotes zelenskyy\n/quotes putin\nhello\n/help\n/quit\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Volodymyr Zelenskyy — 5 quotes/u);
    expect(run.stdout).toContain('“We need to understand the level of the Russian delegation and what their mandate is”');
    expect(run.stdout).not.toContain('We’re impatient');
    expect(run.stdout).toMatch(/No quotes by putin\. Closest speakers with quotes: /u);
    expect(run.stdout).toMatch(/Type a command such as \/quotes zelenskyy/u);
    expect(run.stdout).toMatch(/\/summary <url> — Digest one article/u);
  });

  it('tells a newcomer with an empty store how to get started', async () => {
    const run = await cli(['chat'], { TIDINGS_DB: tempDb() }, '/quotes\n/digest\n');
    expect(run.stdout).toMatch(/No quotes stored yet/u);
    expect(run.stdout).toMatch(/No new articles/u);
  });
});

describe('tidings stats', () => {
  it('starts at zero with no model configured', async () => {
    const run = await cli(['stats', '--json'], { TIDINGS_DB: tempDb() });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ requests: 0, promptTokens: 0, completionTokens: 0, cacheHits: 0, quotesDropped: 0 });
  });
});
