/**
 * A separate Tidings process for the crash and two-process tests: opens the database, runs
 * every due slot at the given instant through a platform that appends each post to a file.
 * Usage: run-due-child.ts <db> <ISO instant> <posts file> <normal|hang-before-post|hang-after-post>
 */
import { appendFileSync } from 'node:fs';
import { openDatabase } from '../../../../src/store/open-database.js';
import { createRecordingPlatform } from '../../../fakes/recording-platform.js';
import { schedulerRig } from './scheduler-rig.js';

const [dbPath, at, postsFile, mode] = process.argv.slice(2) as [string, string, string, string];
const db = openDatabase(dbPath);
const hang = () => new Promise<never>(() => setInterval(() => {}, 60_000));
const discord = createRecordingPlatform('discord', {
  beforePost: async (channelId, reply) => {
    if (mode === 'hang-before-post') {
      process.stdout.write('POSTING\n');
      await hang();
    }
    appendFileSync(postsFile, `${JSON.stringify({ pid: process.pid, channelId, text: reply.text.split('\n')[0] })}\n`);
    if (mode === 'hang-after-post') {
      // The platform has the message; the process dies before it can record the delivery.
      process.stdout.write('POSTED\n');
      await hang();
    }
  },
});
const rig = schedulerRig(db, { discord }, { workerId: `pid-${process.pid}` });
rig.setNow(at);
const result = await rig.scheduler.runDue(new Date(at));
db.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
