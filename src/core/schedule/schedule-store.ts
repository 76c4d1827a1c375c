import type { ChannelRef } from '../commands/types.js';

/** A channel's digest schedule as stored. */
export interface Schedule {
  id: number;
  channel: ChannelRef;
  /** As the admin typed it: "09:00", "weekdays 08:30", "0 9 * * 1". */
  spec: string;
  /** The five-field cron expression it stands for. */
  cron: string;
  /** IANA time zone the cron expression is read in. */
  timezone: string;
  paused: boolean;
  createdAt: string;
  createdBy: string | null;
  /** ISO-8601 instant of the next slot not yet handled; the tick's index. */
  nextSlotAt: string;
}

export type NewSchedule = Omit<Schedule, 'id' | 'paused'>;

/** How one claimed slot ended. */
export type DeliveryOutcome =
  | { status: 'posted'; messageId: string; articleIds: string[]; finishedAt: string }
  | { status: 'empty'; messageId: string | null; finishedAt: string }
  | { status: 'failed'; error: string; finishedAt: string };

/** Schedules and the per-slot claims that make each slot post at most once. */
export interface ScheduleStore {
  /** Stores a new schedule and returns it with its id. */
  add(schedule: NewSchedule): Promise<Schedule>;
  /** The channel's schedules, oldest first. */
  list(channel: ChannelRef): Promise<Schedule[]>;
  /** Removes a schedule of this channel; false when the channel has no such schedule. */
  remove(channel: ChannelRef, id: number): Promise<boolean>;
  /** Pauses or resumes a schedule of this channel, moving its next slot; false when not found. */
  setPaused(channel: ChannelRef, id: number, paused: boolean, nextSlotAt: string): Promise<boolean>;
  /** Unpaused schedules whose next slot is at or before `at` (an indexed query). */
  due(at: string): Promise<Schedule[]>;
  /** Moves a schedule's next slot forward (never back). */
  advance(id: number, nextSlotAt: string): Promise<void>;
  /**
   * Claims one (schedule, slot) for `worker`: true for exactly one caller across processes.
   * A slot whose earlier post failed may be claimed again while attempts < `maxAttempts`.
   */
  claim(id: number, slot: string, worker: string, at: string, maxAttempts: number): Promise<boolean>;
  /** Records how a claimed slot ended; a post also marks its articles sent, in one transaction. */
  finish(schedule: Schedule, slot: string, outcome: DeliveryOutcome): Promise<void>;
}
