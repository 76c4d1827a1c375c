import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../../src/core/speakers/name-key.js';
import { prefixKeys } from '../../../../src/core/speakers/prefix-keys.js';

/** True when some key of the half-typed `typed` starts the full name's key, as autocomplete asks. */
const completes = (typed: string, name: string): boolean => prefixKeys(typed).some((k) => nameKey(name).startsWith(k));

describe('prefixKeys', () => {
  it.each([
    ['Zak', 'Zakharova'],
    ['Zelensky', 'Zelenskyy'],
    ['Zelenskiy', 'Zelenskyy'],
    ['Wolf', 'Wolfgang Schäuble'],
    ['Wolfgang Schä', 'Wolfgang Schäuble'],
    ['Ky', 'Kyle Smith'],
    ['Dic', 'Dick Cheney'],
    ['Ph', 'Philip Hammond'],
    ['Erdoğ', 'Erdogan'],
    ['Mrs. Clin', 'Clinton'],
  ])('lets %s complete to %s', (typed, name) => {
    expect(completes(typed, name)).toBe(true);
  });

  it('does not complete to a different name', () => {
    expect(completes('Zelensky', 'Zelinsky')).toBe(false);
    expect(completes('Clint', 'Clifton')).toBe(false);
    expect(completes('Khan', 'Kahn')).toBe(false);
  });

  it('has no keys for a prefix with no letters', () => {
    expect(prefixKeys(' “ ')).toEqual([]);
  });
});
