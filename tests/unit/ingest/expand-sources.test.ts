import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandSources } from '../../../src/ingest/expand-sources.js';

const dir = mkdtempSync(join(tmpdir(), 'tidings-expand-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expandSources', () => {
  it('passes URLs, "-" and files through, expands a folder to its article files sorted, and reports missing paths', async () => {
    const folder = join(dir, 'articles');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    for (const name of ['b.html', 'a10.txt', 'a2.md', 'notes.pdf', 'c.htm', 'd.text', 'image.png']) writeFileSync(join(folder, name), 'x');
    writeFileSync(join(folder, 'nested', 'deep.txt'), 'x');
    const single = join(dir, 'single.txt');
    writeFileSync(single, 'x');
    const missing = join(dir, 'missing.txt');

    const { sources, problems } = await expandSources(['https://example.com/a', '-', single, folder, missing, single]);
    expect(sources).toEqual([
      'https://example.com/a',
      '-',
      single,
      join(folder, 'a2.md'),
      join(folder, 'a10.txt'),
      join(folder, 'b.html'),
      join(folder, 'c.htm'),
      join(folder, 'd.text'),
    ]);
    expect(problems.map((p) => [p.source, p.error.code, p.error.message])).toEqual([[missing, 'INPUT_NOT_FOUND', 'no such file or directory']]);
  });

  it('reports a folder with no article files', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const { sources, problems } = await expandSources([empty]);
    expect(sources).toEqual([]);
    expect(problems[0]?.error.message).toBe('has no article files (.txt, .text, .md, .html, .htm)');
  });
});
