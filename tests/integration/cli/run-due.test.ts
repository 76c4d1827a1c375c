import { describe, expect, it } from 'vitest';
import { seedArticlePath } from '../../support/corpus.js';
import { cli, tempDb } from '../../support/run-cli.js';

describe('tidings run-due', () => {
  it('posts a due digest once, however often it runs for the same instant, at local time', async () => {
    const env = { TIDINGS_DB: tempDb() };
    expect((await cli(['digest', seedArticlePath], env)).code).toBe(0);
    const setup = await cli(['chat'], env, '/schedule add 09:00 Europe/Kyiv\n');
    expect(setup.stdout).toMatch(/Scheduled: a digest every day at 09:00 \(Europe\/Kyiv\)/u);

    // 09:00 in Kyiv on 25 November is 07:00 UTC (winter time, UTC+2).
    const early = await cli(['run-due', '--at', '2026-11-25T06:59:00Z'], env);
    expect(early.stdout).toBe('');
    const first = await cli(['run-due', '--at', '2026-11-25T07:00:30Z'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Digest for Wed 25 Nov, 09:00 Europe\/Kyiv: 1 new article/u);
    expect(first.stdout).toContain('Putin Skips Ukraine Talks');
    expect(first.stderr).toMatch(/1 posted/u);
    const again = await cli(['run-due', '--at', '2026-11-25T07:00:30Z'], env);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/0 posted/u);
  });

  it('refuses an --at that is not an ISO-8601 instant, exit 2', async () => {
    const run = await cli(['run-due', '--at', 'tomorrow 9am'], { TIDINGS_DB: tempDb() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/ISO-8601/u);
  });
});
