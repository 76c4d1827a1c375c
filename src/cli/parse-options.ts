import { InvalidArgumentError } from 'commander';

/** A whole number ≥ 1 for options like --limit. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
}

/** An ISO-8601 instant for options like --at. */
export function isoInstant(value: string): Date {
  const d = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/u.test(value) || Number.isNaN(d.getTime())) {
    throw new InvalidArgumentError('must be an ISO-8601 instant such as 2026-03-29T09:00:00Z');
  }
  return d;
}
