import { describeError } from '../core/errors.js';
import type { ArticleStore } from '../core/ports/article-store.js';
import type { ChannelStore } from '../core/ports/channel-store.js';
import type { ChatPlatform } from '../core/ports/chat-platform.js';
import type { Logger } from '../core/ports/logger.js';
import type { Metrics } from '../core/ports/metrics.js';
import { scheduledDigestReply } from '../core/schedule/scheduled-digest-reply.js';
import type { Schedule, ScheduleStore } from '../core/schedule/schedule-store.js';

export type SlotOutcome = 'posted' | 'empty' | 'failed' | 'alreadyClaimed';

export interface DeliverDeps {
  schedules: ScheduleStore;
  channels: ChannelStore;
  articles: ArticleStore;
  platform: ChatPlatform;
  metrics: Metrics;
  log: Logger;
  digestMaxFull: number;
  noNewsMessage?: string | undefined;
  workerId: string;
  maxAttempts?: number;
}

/**
 * Stable per (schedule, slot) and within Discord's 25-character nonce limit: the schedule id
 * and the slot in whole minutes since the epoch.
 */
export const idempotencyKey = (scheduleId: number, slot: Date): string => `${scheduleId}-${Math.floor(slot.getTime() / 60_000)}`;

/**
 * Claim → post → record for one slot. The claim is written before the post, so a process that
 * dies between the two leaves a claim without a delivery, and no one posts that slot again:
 * at most once. Its articles stay unsent and go out with the channel's next digest.
 */
export async function deliverSlot(deps: DeliverDeps, schedule: Schedule, slot: Date, at: Date): Promise<SlotOutcome> {
  const slotIso = slot.toISOString();
  const claimed = await deps.schedules.claim(schedule.id, slotIso, deps.workerId, at.toISOString(), deps.maxAttempts ?? 3);
  if (!claimed) return 'alreadyClaimed';
  const log = deps.log.child({ schedule: schedule.id, slot: slotIso, channel: schedule.channel });
  try {
    const digest = await scheduledDigestReply({ channels: deps.channels, articles: deps.articles, maxFull: deps.digestMaxFull }, schedule, slot);
    const options = { idempotencyKey: idempotencyKey(schedule.id, slot) };
    if (!digest) {
      const posted = deps.noNewsMessage ? await deps.platform.post(schedule.channel.id, { kind: 'text', text: deps.noNewsMessage }, options) : null;
      await deps.schedules.finish(schedule, slotIso, { status: 'empty', messageId: posted?.messageId ?? null, finishedAt: at.toISOString() });
      return 'empty';
    }
    const posted = await deps.platform.post(schedule.channel.id, digest.reply, options);
    await deps.schedules.finish(schedule, slotIso, { status: 'posted', messageId: posted.messageId, articleIds: digest.articleIds, finishedAt: at.toISOString() });
    log.info({ messageId: posted.messageId, articles: digest.articleIds.length }, 'scheduled digest posted');
    return 'posted';
  } catch (e) {
    deps.metrics.error('scheduler:post');
    log.warn({ err: e, reason: describeError(e) }, 'scheduled digest not posted; will retry');
    await deps.schedules.finish(schedule, slotIso, { status: 'failed', error: describeError(e).slice(0, 500), finishedAt: at.toISOString() });
    return 'failed';
  }
}
