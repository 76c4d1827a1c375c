import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, seedArticlePath } from '../../support/corpus.js';
import { cli, tempDb } from '../../support/run-cli.js';

describe('tidings ingest', () => {
  it('stores a folder of articles, counts duplicates and names each failure with its reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-ingest-'));
    copyFileSync(seedArticlePath, join(dir, '1-putin.txt'));
    copyFileSync(join(projectRoot, 'samples', 'apollo-11-moon-landing.txt'), join(dir, '2-apollo.txt'));
    copyFileSync(seedArticlePath, join(dir, '3-putin-again.txt'));
    writeFileSync(join(dir, '4-empty.txt'), '');
    writeFileSync(join(dir, 'notes.bin'), Buffer.alloc(16, 0));
    const env = { TIDINGS_DB: tempDb() };

    const run = await cli(['ingest', dir, join(dir, 'missing.txt')], env);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('Ingested 5 sources: 2 new, 1 duplicate, 2 failed.');
    const failures = lines.slice(1);
    expect(failures).toHaveLength(2);
    expect(failures.some((l) => /^ {2}failed: .*4-empty\.txt: .*empty/iu.test(l))).toBe(true);
    expect(failures.some((l) => /^ {2}failed: .*missing\.txt: /u.test(l))).toBe(true);
    expect(run.stdout).not.toContain('notes.bin');

    const speakers = JSON.parse((await cli(['speakers', '--json'], env)).stdout) as Array<{ name: string }>;
    expect(speakers.map((s) => s.name)).toEqual(expect.arrayContaining(['Volodymyr Zelenskyy', 'Richard M. Nixon']));

    const again = await cli(['ingest', join(dir, '1-putin.txt'), join(dir, '2-apollo.txt')], env);
    expect(again.code).toBe(0);
    expect(again.stdout.trim()).toBe('Ingested 2 sources: 0 new, 2 duplicates, 0 failed.');
  });

  it('shows a progress bar on a terminal, and none when the output is a file or a pipe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-ingest-'));
    copyFileSync(seedArticlePath, join(dir, 'a.txt'));
    copyFileSync(join(projectRoot, 'samples', 'apollo-11-moon-landing.txt'), join(dir, 'b.txt'));
    const onTerminal = await cli(['ingest', dir], { TIDINGS_DB: tempDb() }, '', { tty: true });
    expect(onTerminal.stdout).toMatch(/ingesting .* 2\/2/u);
    expect(onTerminal.stdout).toContain('Ingested 2 sources: 2 new, 0 duplicates, 0 failed.');
    const piped = await cli(['ingest', dir], { TIDINGS_DB: tempDb() });
    expect(piped.stdout).toBe('Ingested 2 sources: 2 new, 0 duplicates, 0 failed.\n');
  });
});
