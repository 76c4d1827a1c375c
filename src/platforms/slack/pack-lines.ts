import { slackLimits } from './slack-blocks.js';
import { truncate } from './slack-text.js';

export interface PackedLines {
  /** Section texts, each within Block Kit's section limit. */
  sections: string[];
  /** Lines that did not fit; already announced as "…and N more" at the end of the last section. */
  omitted: number;
}

/** Room kept in every section for the "…and N more" line. */
const MORE_ROOM = 40;

/**
 * Packs escaped mrkdwn lines into at most `maxSections` section texts of at most 3,000 characters;
 * whatever does not fit is counted and announced as "_…and N more_" so nothing disappears silently.
 */
export function packLines(lines: string[], maxSections: number, moreLabel = 'more'): PackedLines {
  const budget = slackLimits.sectionText - MORE_ROOM;
  const sections: string[] = [];
  let current = '';
  let used = 0;
  for (const raw of lines) {
    const line = truncate(raw, budget);
    if (current !== '' && current.length + 1 + line.length <= budget) {
      current += `\n${line}`;
      used += 1;
      continue;
    }
    if (current !== '') sections.push(current);
    if (sections.length >= maxSections) {
      current = '';
      break;
    }
    current = line;
    used += 1;
  }
  if (current !== '') sections.push(current);
  const omitted = lines.length - used;
  if (omitted > 0 && sections.length > 0) sections[sections.length - 1] += `\n_…and ${omitted} ${moreLabel}_`;
  return { sections, omitted };
}
