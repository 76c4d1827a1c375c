/**
 * The instant an article is dated by, as a UTC ISO string that sorts as text: its publication
 * time when known and readable, else when it was stored. ("2016-05-01T10:00:00-04:00" and
 * "2016-05-01T14:00:00Z" are the same instant and must sort together.)
 */
export function articleDate(publishedAt: string | null, storedAt: string): string {
  if (publishedAt !== null) {
    const t = Date.parse(publishedAt);
    if (Number.isFinite(t)) return new Date(t).toISOString();
  }
  return storedAt;
}

/** Text order by code unit, as SQLite's BINARY collation orders ASCII names. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
