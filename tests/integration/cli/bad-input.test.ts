import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDb } from '../../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tidings-bad-'));
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const cases: Array<[string, () => string, RegExp]> = [
  ['an empty file', () => file('empty.txt', ''), /empty/i],
  ['a whitespace-only file', () => file('blank.txt', ' \n\n\t\n'), /empty/i],
  ['a binary file', () => file('noise.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))), /binary|not text/i],
  ['a PDF', () => file('paper.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 1)])), /PDF/],
  ['a directory', () => { const d = join(dir, 'folder'); mkdirSync(d, { recursive: true }); return d; }, /directory/i],
  ['a missing path', () => join(dir, 'nope.txt'), /not found|no such|does not exist/i],
  ['an HTML page with no article', () => file('nav.html', '<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>'), /no article/i],
];

describe('tidings digest with bad input', () => {
  it.each(cases)('refuses %s with one clear line, exit 1, and stores nothing', async (_name, make, reason) => {
    const env = { TIDINGS_DB: tempDb() };
    const source = make();
    const run = await cli(['digest', source], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^tidings: /u);
    expect(lines[0]).toContain(source);
    expect(lines[0]).toMatch(reason);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    const speakers = await cli(['speakers', '--json'], env);
    expect(JSON.parse(speakers.stdout)).toEqual([]);
  });

  it('refuses a loopback URL unless private addresses are allowed', async () => {
    const run = await cli(['digest', 'http://127.0.0.1:9/article'], { TIDINGS_DB: tempDb() });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/private|loopback|not allowed|refused/i);
    expect(run.stderr).toMatch(/TIDINGS_FETCH_ALLOW_PRIVATE/);
  });

  it('answers a wrong command or option with usage and exit 2', async () => {
    expect((await cli(['digets', 'x'], {})).code).toBe(2);
    const run = await cli(['digest', 'x', '--format', 'pdf'], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format/);
  });

  it('answers an invalid setting with the setting’s name and exit 2', async () => {
    const run = await cli(['speakers'], { TIDINGS_DB: tempDb(), SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set/);
  });

  it('prints help for every command and exits 0', async () => {
    for (const command of ['digest', 'ingest', 'quotes', 'speakers', 'chat']) {
      const run = await cli([command, '--help'], {});
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Usage: tidings/);
    }
  });
});
