/** What `/schedule add <when> [timezone]` means, or why it is not understood. */
export type ParsedWhen =
  | { ok: true; spec: string; cron: string; timezone: string }
  | { ok: false; reason: string };

/** Reads schedule expressions and computes their slots in a time zone (DST-correct). */
export interface ScheduleRules {
  /** Parses "HH:MM", "weekdays HH:MM" or a five-field cron expression, with an optional IANA zone. */
  parse(text: string, defaultTimezone: string): ParsedWhen;
  /** The first slot strictly after `after`, or null when the expression never fires again. */
  nextSlot(cron: string, timezone: string, after: Date): Date | null;
  /** The latest slot at or before `at`, or null when there is none. */
  latestSlot(cron: string, timezone: string, at: Date): Date | null;
}
