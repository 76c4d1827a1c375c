import { parseId, refuseNonAdmin } from '../schedule/command-args.js';
import type { ScheduleRules } from '../schedule/schedule-rules.js';
import type { Schedule, ScheduleStore } from '../schedule/schedule-store.js';
import { formatSlot } from '../schedule/scheduled-digest-reply.js';
import type { Clock } from '../ports/clock.js';
import { words } from './parse-args.js';
import type { CommandRequest, Reply } from './types.js';

export interface ScheduleCommandDeps {
  schedules: ScheduleStore;
  rules: ScheduleRules;
  clock: Clock;
  /** The zone a schedule is read in when the admin names none. */
  defaultTimezone: string;
}

const USAGE =
  '`/schedule list` · `/schedule add <when> [timezone]` where <when> is HH:MM (daily), `weekdays HH:MM` or a five-field cron expression · `/schedule remove <id>` · `/schedule pause <id>` · `/schedule resume <id>`';

/** "every day at 09:00", "weekdays at 08:30", "cron 0 9 * * 1". */
export function describeWhen(spec: string): string {
  if (/^\d{2}:\d{2}$/u.test(spec)) return `every day at ${spec}`;
  if (spec.startsWith('weekdays ')) return `weekdays at ${spec.slice('weekdays '.length)}`;
  return `cron \`${spec}\``;
}

function nextRun(deps: ScheduleCommandDeps, s: Schedule): string {
  if (s.paused) return 'paused';
  const next = deps.rules.nextSlot(s.cron, s.timezone, deps.clock.now());
  return next ? `next: ${formatSlot(next, s.timezone)}` : 'never fires again';
}

async function list(deps: ScheduleCommandDeps, request: CommandRequest): Promise<Reply> {
  const all = await deps.schedules.list(request.channel);
  if (all.length === 0) {
    return { kind: 'text', text: 'This channel has no digest schedule. An admin can add one, e.g. `/schedule add 09:00 Europe/Kyiv`.' };
  }
  const lines = all.map((s) => `• ${s.id}: ${describeWhen(s.spec)} (${s.timezone}) — ${nextRun(deps, s)}`);
  return { kind: 'text', text: `Digest schedules for this channel:\n${lines.join('\n')}\n` };
}

async function add(deps: ScheduleCommandDeps, request: CommandRequest, rest: string[]): Promise<Reply> {
  const refusal = await refuseNonAdmin(request, 'add digest schedules');
  if (refusal) return refusal;
  const parsed = deps.rules.parse(rest.join(' '), deps.defaultTimezone);
  if (!parsed.ok) return { kind: 'error', text: `Sorry — ${parsed.reason} Nothing was stored.` };
  const existing = (await deps.schedules.list(request.channel)).find((s) => s.cron === parsed.cron && s.timezone === parsed.timezone);
  if (existing) return { kind: 'error', text: `Sorry — this channel already has that schedule (${existing.id}). \`/schedule list\` shows them all.` };
  const now = deps.clock.now();
  const next = deps.rules.nextSlot(parsed.cron, parsed.timezone, now);
  if (!next) return { kind: 'error', text: `Sorry — “${parsed.spec}” never fires again. Nothing was stored.` };
  const schedule = await deps.schedules.add({
    channel: request.channel,
    spec: parsed.spec,
    cron: parsed.cron,
    timezone: parsed.timezone,
    createdAt: now.toISOString(),
    createdBy: request.user.id,
    nextSlotAt: next.toISOString(),
  });
  return {
    kind: 'text',
    text: `Scheduled: a digest ${describeWhen(schedule.spec)} (${schedule.timezone}), id ${schedule.id}. Next: ${formatSlot(next, schedule.timezone)}.`,
  };
}

async function change(deps: ScheduleCommandDeps, request: CommandRequest, action: 'remove' | 'pause' | 'resume', rest: string[]): Promise<Reply> {
  const refusal = await refuseNonAdmin(request, `${action} digest schedules`);
  if (refusal) return refusal;
  const id = parseId(rest[0]);
  if (id === null || rest.length > 1) return { kind: 'error', text: `Sorry — /schedule ${action} takes a schedule id, e.g. \`/schedule ${action} 3\`; \`/schedule list\` shows the ids.` };
  const notFound: Reply = { kind: 'error', text: `Sorry — this channel has no schedule ${id}. \`/schedule list\` shows its schedules.` };
  if (action === 'remove') {
    return (await deps.schedules.remove(request.channel, id)) ? { kind: 'text', text: `Removed schedule ${id}.` } : notFound;
  }
  const schedule = (await deps.schedules.list(request.channel)).find((s) => s.id === id);
  if (!schedule) return notFound;
  const now = deps.clock.now();
  // Resuming starts from the next slot: slots that passed while paused are not posted.
  const next = deps.rules.nextSlot(schedule.cron, schedule.timezone, now) ?? now;
  await deps.schedules.setPaused(request.channel, id, action === 'pause', next.toISOString());
  return action === 'pause'
    ? { kind: 'text', text: `Paused schedule ${id}; \`/schedule resume ${id}\` starts it again.` }
    : { kind: 'text', text: `Resumed schedule ${id}. Next: ${formatSlot(next, schedule.timezone)}.` };
}

/** `/schedule add|list|remove|pause|resume`: when this channel's digest goes out. */
export async function runSchedule(deps: ScheduleCommandDeps, request: CommandRequest): Promise<Reply> {
  const [action, ...rest] = words(request.text);
  switch (action?.toLowerCase()) {
    case undefined:
    case 'list':
      return list(deps, request);
    case 'add':
      return add(deps, request, rest);
    case 'remove':
    case 'delete':
      return change(deps, request, 'remove', rest);
    case 'pause':
      return change(deps, request, 'pause', rest);
    case 'resume':
      return change(deps, request, 'resume', rest);
    default:
      return { kind: 'error', text: `Sorry — I don't know \`/schedule ${(action ?? "").slice(0, 40)}\`. ${USAGE}` };
  }
}
