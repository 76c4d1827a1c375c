import { describe, expect, it } from 'vitest';
import { cronerScheduleRules as rules } from '../../../src/schedule/croner-schedule-rules.js';

describe('reading /schedule add <when> [timezone]', () => {
  it('reads HH:MM as daily, "weekdays HH:MM", and a five-field cron expression, each with an optional zone', () => {
    expect(rules.parse('09:00 Europe/Kyiv', 'UTC')).toEqual({ ok: true, spec: '09:00', cron: '0 9 * * *', timezone: 'Europe/Kyiv' });
    expect(rules.parse('7:05', 'Europe/Berlin')).toEqual({ ok: true, spec: '07:05', cron: '5 7 * * *', timezone: 'Europe/Berlin' });
    expect(rules.parse('weekdays 08:30 America/New_York', 'UTC')).toEqual({ ok: true, spec: 'weekdays 08:30', cron: '30 8 * * 1-5', timezone: 'America/New_York' });
    expect(rules.parse('0 9 * * 1', 'UTC')).toEqual({ ok: true, spec: '0 9 * * 1', cron: '0 9 * * 1', timezone: 'UTC' });
    expect(rules.parse('30 7 1 * * Asia/Tokyo', 'UTC')).toMatchObject({ ok: true, cron: '30 7 1 * *', timezone: 'Asia/Tokyo' });
  });

  it.each([
    ['25:00', 'hours go from 00 to 23'],
    ['09:75', 'minutes go from 00 to 59'],
    ['09:00 Mars/Olympus', '“Mars/Olympus” is not a time zone I know'],
    ['* * *', 'a cron expression has five fields — minute, hour, day of month, month, day of week — and this has 3'],
    ['61 9 * * *', 'is not a valid cron expression'],
    ['*/5 * * * *', 'would post more than once an hour'],
    ['weekdays', '`weekdays` needs a time after it'],
    ['', 'Tell me when'],
  ])('refuses %j with the reason and an example', (input, reason) => {
    const parsed = rules.parse(input, 'UTC');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason).toContain(reason);
    expect(parsed.reason).toContain('Examples: `/schedule add 09:00 Europe/Kyiv`');
  });
});

describe('slots in a time zone', () => {
  it('finds the next slot strictly after an instant and the latest at or before it', () => {
    const at = new Date('2026-03-29T06:00:00.000Z'); // 09:00 in Kyiv, the first day of summer time
    expect(rules.nextSlot('0 9 * * *', 'Europe/Kyiv', at)?.toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(rules.latestSlot('0 9 * * *', 'Europe/Kyiv', at)?.toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(rules.latestSlot('0 9 * * *', 'Europe/Kyiv', new Date(at.getTime() - 1))?.toISOString()).toBe('2026-03-28T07:00:00.000Z');
  });

  it('skips weekends for weekdays schedules', () => {
    // Friday 2026-03-06 08:30 in New York → the next is Monday 2026-03-09 08:30, after the spring change.
    expect(rules.nextSlot('30 8 * * 1-5', 'America/New_York', new Date('2026-03-06T13:30:00.000Z'))?.toISOString()).toBe('2026-03-09T12:30:00.000Z');
  });
});
