import { Cron } from 'croner';
import type { ParsedWhen, ScheduleRules } from '../core/schedule/schedule-rules.js';

const EXAMPLES = 'Examples: `/schedule add 09:00 Europe/Kyiv`, `/schedule add weekdays 08:30 America/New_York`, `/schedule add 0 9 * * 1 UTC`.';

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const looksLikeZone = (token: string): boolean => /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)+$/u.test(token) || /^(UTC|GMT|Z)$/iu.test(token);

function fail(reason: string): ParsedWhen {
  return { ok: false, reason: `${reason} ${EXAMPLES}` };
}

/** "09:00" → [9, 0], or a reason the time is not a time of day. */
function parseTime(token: string): [number, number] | string {
  const m = /^(\d{1,2}):(\d{2})$/u.exec(token);
  if (!m) return `“${token}” is not a time: write it as HH:MM on a 24-hour clock, e.g. 09:00 or 17:30.`;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23) return `“${token}” is not a time of day: hours go from 00 to 23.`;
  if (minutes > 59) return `“${token}” is not a time of day: minutes go from 00 to 59.`;
  return [hours, minutes];
}

function cronFor(tokens: string[]): { spec: string; cron: string } | string {
  const [first, second] = tokens;
  if (first === undefined) return 'Tell me when: a time, `weekdays` and a time, or a cron expression.';
  if (/^(daily|weekdays)$/iu.test(first) || /^\d{1,2}:\d{2}$/u.test(first) || /^\d+:\d+$/u.test(first)) {
    const weekdays = first.toLowerCase() === 'weekdays';
    const timeToken = first.toLowerCase() === 'daily' || weekdays ? second : first;
    const expected = first.toLowerCase() === 'daily' || weekdays ? 2 : 1;
    if (timeToken === undefined) return `\`${first}\` needs a time after it, e.g. \`${first} 08:30\`.`;
    if (tokens.length > expected) return `I did not understand “${tokens.slice(expected).join(' ')}” after the time.`;
    const time = parseTime(timeToken);
    if (typeof time === 'string') return time;
    const hhmm = `${String(time[0]).padStart(2, '0')}:${String(time[1]).padStart(2, '0')}`;
    return { spec: weekdays ? `weekdays ${hhmm}` : hhmm, cron: `${time[1]} ${time[0]} * * ${weekdays ? '1-5' : '*'}` };
  }
  if (tokens.length !== 5) {
    return `“${tokens.join(' ')}” is neither a time (HH:MM) nor a cron expression: a cron expression has five fields — minute, hour, day of month, month, day of week — and this has ${tokens.length}.`;
  }
  const cron = tokens.join(' ');
  try {
    new Cron(cron, { paused: true });
  } catch (e) {
    return `“${cron}” is not a valid cron expression (${(e as Error).message.replace(/^CronPattern:\s*/u, '')}).`;
  }
  return { spec: cron, cron };
}

function parse(text: string, defaultTimezone: string): ParsedWhen {
  const tokens = text.trim().split(/\s+/u).filter(Boolean);
  let timezone = defaultTimezone;
  const last = tokens.at(-1);
  if (last !== undefined && tokens.length > 1 && looksLikeZone(last)) {
    tokens.pop();
    if (!isTimeZone(last)) return fail(`“${last}” is not a time zone I know: use an IANA name such as Europe/Kyiv, America/New_York or UTC.`);
    timezone = /^(Z|GMT)$/iu.test(last) ? 'UTC' : last;
  }
  const when = cronFor(tokens);
  if (typeof when === 'string') return fail(when);
  // One fixed minute keeps a channel at one digest an hour at most.
  if (!/^\d{1,2}$/u.test(when.cron.split(' ')[0] ?? '')) {
    return fail(`“${when.spec}” would post more than once an hour; give the minute as one number (e.g. \`0 */2 * * *\`) — a digest at most hourly keeps a channel readable.`);
  }
  return { ok: true, spec: when.spec, cron: when.cron, timezone };
}

/** ScheduleRules on croner: slots computed in the schedule's own zone, DST transitions included. */
export const cronerScheduleRules: ScheduleRules = {
  parse,
  nextSlot(cron, timezone, after) {
    return new Cron(cron, { paused: true, timezone }).nextRun(after);
  },
  latestSlot(cron, timezone, at) {
    // croner's previousRuns excludes the reference instant; a slot exactly at `at` is due.
    const [slot] = new Cron(cron, { paused: true, timezone }).previousRuns(1, new Date(at.getTime() + 1));
    return slot ?? null;
  },
};
