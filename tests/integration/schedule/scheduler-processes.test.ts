import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../../src/core/commands/types.js';
import { projectRoot } from '../../support/corpus.js';
import { createRecordingPlatform } from '../../fakes/recording-platform.js';
import { schedulerRig } from './support/scheduler-rig.js';
import { seedArticle } from './support/seed-article.js';
import { tempDatabase } from './support/temp-database.js';

const channel: ChannelRef = { platform: 'discord', id: '777' };
const slot = '2026-05-11T09:00:00.000Z';
const child = join(projectRoot, 'tests/integration/schedule/support/run-due-child.ts');

function start(args: string[]): { proc: ChildProcess; output: Promise<string>; waitFor(line: string): Promise<void> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const listeners: Array<() => void> = [];
  proc.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const l of listeners) l();
  });
  let err = '';
  proc.stderr?.on('data', (chunk: Buffer) => void (err += chunk.toString()));
  const output = new Promise<string>((resolve, reject) => {
    proc.once('exit', (code, signal) => (code === 0 || signal === 'SIGKILL' ? resolve(out) : reject(new Error(`child exited ${code}: ${err}`))));
  });
  const waitFor = (line: string) =>
    new Promise<void>((resolve) => {
      const check = () => out.includes(line) && resolve();
      listeners.push(check);
      check();
    });
  return { proc, output, waitFor };
}

const postsIn = (file: string): unknown[] =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown) : [];

describe('exactly once across OS processes', () => {
  let t: ReturnType<typeof tempDatabase>;
  let postsFile: string;
  beforeEach(async () => {
    t = tempDatabase();
    postsFile = join(t.path, '..', 'posts.jsonl');
    const rig = schedulerRig(t.db, {});
    await rig.addSchedule(channel, '09:00 UTC', '2026-05-10T00:00:00.000Z');
    await seedArticle(rig.articles, 'Ceasefire talks resume');
  });
  afterEach(() => t.cleanup());

  it('posts each slot once when two processes run the same instant on one database', async () => {
    const a = start([t.path, slot, postsFile, 'normal']);
    const b = start([t.path, slot, postsFile, 'normal']);
    await Promise.all([a.output, b.output]);
    expect(postsIn(postsFile)).toHaveLength(1);
  }, 30_000);

  it('does not post again after a process is killed between posting and recording the delivery', async () => {
    const doomed = start([t.path, slot, postsFile, 'hang-after-post']);
    await doomed.waitFor('POSTED');
    doomed.proc.kill('SIGKILL');
    await doomed.output;
    // Restarted: the same minute and the following ones.
    const again = schedulerRig(t.db, { discord: createRecordingPlatform('discord') });
    for (const at of [slot, '2026-05-11T09:01:00.000Z', '2026-05-11T10:00:00.000Z']) await again.scheduler.runDue(new Date(at));
    const restarted = start([t.path, '2026-05-11T09:02:00.000Z', postsFile, 'normal']);
    await restarted.output;
    expect(postsIn(postsFile)).toHaveLength(1);
  }, 30_000);

  it('keeps the articles of a slot whose process died before posting for the next digest', async () => {
    const doomed = start([t.path, slot, postsFile, 'hang-before-post']);
    await doomed.waitFor('POSTING');
    doomed.proc.kill('SIGKILL');
    await doomed.output;
    const discord = createRecordingPlatform('discord');
    const again = schedulerRig(t.db, { discord });
    await again.scheduler.runDue(new Date('2026-05-11T09:05:00.000Z'));
    expect(discord.posts).toHaveLength(0);
    await again.scheduler.runDue(new Date('2026-05-12T09:00:00.000Z'));
    expect(discord.posts.map((p) => p.reply.text)).toEqual([expect.stringContaining('Ceasefire talks resume')]);
  }, 30_000);
});
