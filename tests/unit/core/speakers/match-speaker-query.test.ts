import { describe, expect, it } from 'vitest';
import { chooseSpeaker } from '../../../../src/core/speakers/choose-speaker.js';
import { matchSpeakerQuery } from '../../../../src/core/speakers/match-speaker-query.js';
import type { SpeakerRecord } from '../../../../src/core/speakers/speaker-record.js';

const person = (id: number, name: string, quotes: number): SpeakerRecord => ({ id, name, shownName: name, kind: 'person', quotes });
const bushes = [person(1, 'George W. Bush', 9), person(2, 'George H. W. Bush', 4), person(3, 'Jeb Bush', 6), person(4, 'Bush', 2)];
const bySurname = (rows: SpeakerRecord[]) => ({ byKey: [], byAlias: [], bySurname: rows });

describe('matchSpeakerQuery', () => {
  it('answers a surname with its most quoted bearer and lists the rest, an unplaceable bare one included', () => {
    expect(matchSpeakerQuery('bush', bySurname(bushes))).toEqual([
      { name: 'George W. Bush', ids: [1], quotes: 9 },
      { name: 'Jeb Bush', ids: [3], quotes: 6 },
      { name: 'George H. W. Bush', ids: [2], quotes: 4 },
      { name: 'Bush', ids: [4], quotes: 2 },
    ]);
  });

  it('keeps the two Presidents Bush apart when the middle initial is given, and offers both when not', () => {
    expect(matchSpeakerQuery('George H.W. Bush', bySurname(bushes)).map((p) => p.name)).toEqual(['George H. W. Bush']);
    expect(matchSpeakerQuery('George Bush', bySurname(bushes)).map((p) => p.name)).toEqual(['George W. Bush', 'George H. W. Bush']);
  });

  it('holds a speaker to its shown name as well as the spelling it was filed under', () => {
    const shownAsSon = { id: 5, name: 'George Bush', shownName: 'George W. Bush', kind: 'person' as const, quotes: 9 };
    expect(matchSpeakerQuery('George H. W. Bush', bySurname([shownAsSon]))).toEqual([]);
    expect(chooseSpeaker({ name: 'George H. W. Bush', kind: 'person' }, bySurname([shownAsSon]))).toEqual({ action: 'new' });
  });

  it('lets a bare surname join the only person who has it', () => {
    expect(matchSpeakerQuery('Volodymyr Zelenskyy', bySurname([person(1, 'Zelenskyy', 2), person(2, 'Volodymyr Zelenskyy', 5)]))).toEqual([
      { name: 'Volodymyr Zelenskyy', ids: [2, 1], quotes: 7 },
    ]);
  });
});

describe('chooseSpeaker', () => {
  it('files a full name under the stored full name it agrees with', () => {
    expect(chooseSpeaker({ name: 'George Walker Bush', kind: 'person' }, bySurname(bushes))).toEqual({ action: 'existing', id: 1 });
  });

  it('promotes a lone bare surname to the full name, and creates a person nobody matches', () => {
    expect(chooseSpeaker({ name: 'Volodymyr Zelenskyy', kind: 'person' }, bySurname([person(7, 'Zelenskyy', 1)]))).toEqual({ action: 'promote', id: 7 });
    expect(chooseSpeaker({ name: 'Laura Bush', kind: 'person' }, bySurname(bushes))).toEqual({ action: 'new' });
  });

  it('files a bare surname under the one bearer the article has not already named', () => {
    const clintons = [person(1, 'Hillary Clinton', 3), person(2, 'Bill Clinton', 1)];
    expect(chooseSpeaker({ name: 'Mrs. Clinton', kind: 'person' }, bySurname(clintons), new Set([2]))).toEqual({ action: 'existing', id: 1 });
    expect(chooseSpeaker({ name: 'Clinton', kind: 'person' }, bySurname(clintons))).toEqual({ action: 'new' });
  });

  it('never files an unnamed source by surname', () => {
    expect(chooseSpeaker({ name: 'a Bush aide', kind: 'unnamed' }, bySurname(bushes))).toEqual({ action: 'new' });
  });
});
