import { describe, expect, it } from 'vitest';
import { preferredName } from '../../../../src/core/speakers/preferred-name.js';

describe('preferredName', () => {
  it('shows the most quoted full spelling', () => {
    expect(preferredName('Year Barack Obama', 'person', [
      { spelling: 'Year Barack Obama', quotes: 1 },
      { spelling: 'Barack Obama', quotes: 5 },
      { spelling: 'Obama', quotes: 40 },
    ])).toBe('Barack Obama');
  });

  it('keeps the current name on a tie, and a full name over a more quoted bare surname', () => {
    expect(preferredName('Volodymyr Zelenskyy', 'person', [
      { spelling: 'Volodymyr Zelenskyy', quotes: 2 },
      { spelling: 'Volodymyr Zelensky', quotes: 2 },
      { spelling: 'Zelenskyy', quotes: 9 },
    ])).toBe('Volodymyr Zelenskyy');
  });

  it('lets any spelling of an unnamed source win', () => {
    expect(preferredName('one European diplomat', 'unnamed', [
      { spelling: 'one European diplomat', quotes: 1 },
      { spelling: 'a European diplomat', quotes: 3 },
    ])).toBe('a European diplomat');
  });
});
