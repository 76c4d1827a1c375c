/** Levenshtein distance (insert, delete, substitute), one row of memory. */
export function editDistance(a: string, b: string): number {
  return editDistanceWithin(a, b, Math.max(a.length, b.length));
}

/**
 * Levenshtein distance when it is at most `max`, else `max + 1`: stops as soon as a whole row
 * exceeds `max`, so a hopeless pair costs a few rows, not the full table.
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const row = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) row[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      const cell = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = cell;
      if (cell < rowMin) rowMin = cell;
      diagonal = above;
    }
    if (rowMin > max) return max + 1;
  }
  return Math.min(row[b.length]!, max + 1);
}
