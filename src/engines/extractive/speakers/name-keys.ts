/** Folds a name for comparison: lowercase, accents stripped, letters and digits only. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The surname key of a name ("Volodymyr Zelenskyy" → "zelenskyy", "Martin Luther King Jr." → "king"). */
export function surnameKey(name: string): string {
  const parts = foldName(name).split(' ').filter((p) => !/^(jr|sr|ii|iii|iv)$/u.test(p));
  return parts[parts.length - 1] ?? '';
}
