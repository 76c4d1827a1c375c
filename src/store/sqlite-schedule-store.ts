import type { ChannelRef, PlatformName } from '../core/commands/types.js';
import type { Schedule, ScheduleStore } from '../core/schedule/schedule-store.js';
import type { SqliteDatabase } from './open-database.js';
import { markSentSync } from './sqlite-channel-store.js';

interface ScheduleRow {
  id: number;
  platform: PlatformName;
  channel_id: string;
  workspace_id: string | null;
  spec: string;
  cron: string;
  timezone: string;
  paused: number;
  created_at: string;
  created_by: string | null;
  next_slot_at: string;
}

function fromRow(r: ScheduleRow): Schedule {
  const channel: ChannelRef = { platform: r.platform, id: r.channel_id, ...(r.workspace_id ? { workspaceId: r.workspace_id } : {}) };
  return {
    id: r.id,
    channel,
    spec: r.spec,
    cron: r.cron,
    timezone: r.timezone,
    paused: r.paused === 1,
    createdAt: r.created_at,
    createdBy: r.created_by,
    nextSlotAt: r.next_slot_at,
  };
}

/**
 * ScheduleStore on SQLite (migration 004). The claim is an INSERT into `deliveries`, whose
 * primary key is (schedule_id, slot): SQLite serialises writers across connections and
 * processes, so exactly one INSERT changes a row and only its caller posts.
 */
export function createSqliteScheduleStore(db: SqliteDatabase): ScheduleStore {
  const insert = db.prepare(`INSERT INTO schedules (platform, channel_id, workspace_id, spec, cron, timezone, created_at, created_by, next_slot_at)
    VALUES (@platform, @channelId, @workspaceId, @spec, @cron, @timezone, @createdAt, @createdBy, @nextSlotAt) RETURNING *`);
  const byChannel = db.prepare('SELECT * FROM schedules WHERE platform = ? AND channel_id = ? ORDER BY id');
  const remove = db.prepare('DELETE FROM schedules WHERE id = ? AND platform = ? AND channel_id = ?');
  const pause = db.prepare('UPDATE schedules SET paused = ?, next_slot_at = ? WHERE id = ? AND platform = ? AND channel_id = ?');
  const due = db.prepare('SELECT * FROM schedules WHERE paused = 0 AND next_slot_at <= ? ORDER BY next_slot_at');
  const advance = db.prepare('UPDATE schedules SET next_slot_at = ? WHERE id = ? AND next_slot_at < ?');
  const claimNew = db.prepare(`INSERT INTO deliveries (schedule_id, slot, status, claimed_at, claimed_by) VALUES (?, ?, 'claimed', ?, ?)
    ON CONFLICT (schedule_id, slot) DO NOTHING`);
  const claimRetry = db.prepare(`UPDATE deliveries SET status = 'claimed', claimed_at = ?, claimed_by = ?, attempts = attempts + 1, error = NULL
    WHERE schedule_id = ? AND slot = ? AND status = 'failed' AND attempts < ?`);
  const finish = db.prepare(`UPDATE deliveries SET status = @status, finished_at = @finishedAt, message_id = @messageId,
    article_ids = @articleIds, error = @error WHERE schedule_id = @id AND slot = @slot`);

  return {
    async add(s) {
      const row = insert.get({
        platform: s.channel.platform,
        channelId: s.channel.id,
        workspaceId: s.channel.workspaceId ?? null,
        spec: s.spec,
        cron: s.cron,
        timezone: s.timezone,
        createdAt: s.createdAt,
        createdBy: s.createdBy,
        nextSlotAt: s.nextSlotAt,
      }) as ScheduleRow;
      return fromRow(row);
    },
    async list(channel) {
      return (byChannel.all(channel.platform, channel.id) as ScheduleRow[]).map(fromRow);
    },
    async remove(channel, id) {
      return remove.run(id, channel.platform, channel.id).changes === 1;
    },
    async setPaused(channel, id, paused, nextSlotAt) {
      return pause.run(paused ? 1 : 0, nextSlotAt, id, channel.platform, channel.id).changes === 1;
    },
    async due(at) {
      return (due.all(at) as ScheduleRow[]).map(fromRow);
    },
    async advance(id, nextSlotAt) {
      advance.run(nextSlotAt, id, nextSlotAt);
    },
    async claim(id, slot, worker, at, maxAttempts) {
      return db.transaction(() => {
        if (claimNew.run(id, slot, at, worker).changes === 1) return true;
        return claimRetry.run(at, worker, id, slot, maxAttempts).changes === 1;
      }).immediate();
    },
    async finish(schedule, slot, outcome) {
      db.transaction(() => {
        finish.run({
          id: schedule.id,
          slot,
          status: outcome.status,
          finishedAt: outcome.finishedAt,
          messageId: outcome.status === 'failed' ? null : outcome.messageId,
          articleIds: outcome.status === 'posted' ? JSON.stringify(outcome.articleIds) : null,
          error: outcome.status === 'failed' ? outcome.error : null,
        });
        if (outcome.status === 'posted') markSentSync(db, schedule.channel, outcome.articleIds, outcome.finishedAt);
      })();
    },
  };
}
