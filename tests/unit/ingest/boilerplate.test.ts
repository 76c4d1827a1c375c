import { describe, expect, it } from 'vitest';
import { BOILERPLATE_PATTERNS, isBoilerplate } from '../../../src/ingest/boilerplate.js';

/** One real-world example per pattern, in the order of BOILERPLATE_PATTERNS. */
const BOILERPLATE_EXAMPLES = [
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  'Required fields are marked *',
  'Comment *',
  'Post Comment',
  'Save my name, email, and website in this browser for the next time I comment.',
  '12 Comments',
  'View all comments',
  'Cancel reply',
  'Share this',
  'Share | Tweet | Email',
  'Follow us on Instagram',
  'Sign up for our newsletter',
  'Subscribe now',
  'We use cookies to improve your experience. By continuing you accept our use of cookies.',
  'Accept all cookies',
  'Cookie policy',
  'Advertisement',
  'Story continues below advertisement',
  'Click here to subscribe',
  'Related: Ceasefire talks stall in Geneva',
  'Read more: Council approves harbour refit budget',
  'Previous post: Election night live',
  'Tags: Politics, Europe',
  'Skip to main content',
  '© 2026 The Riverside Courier',
  'All rights reserved.',
];

/** Story lines that share words with the patterns and must survive. */
const PROSE = [
  'Leave a reply to the ministry was all the letter asked for, and none came.',
  'Share prices fell by four percent after the announcement.',
  'Related talks were held in Geneva last week.',
  'Readers who signed up for the newsletter in 2019 complained about the change, the editor said.',
  'The comments were made at a televised press briefing.',
  'Advertisement revenue fell for the third year running, the company said.',
  'Reading more than one paper a day is rarer than it was.',
  'Tags on the luggage were missing, police said.',
  'Cookies were handed out at the rally.',
];

describe('boilerplate list', () => {
  it('has an example for every pattern, and each example is caught by its pattern', () => {
    expect(BOILERPLATE_EXAMPLES).toHaveLength(BOILERPLATE_PATTERNS.length);
    BOILERPLATE_PATTERNS.forEach((pattern, i) => {
      expect(pattern.test(BOILERPLATE_EXAMPLES[i] ?? ''), `${pattern} vs ${BOILERPLATE_EXAMPLES[i]}`).toBe(true);
    });
  });

  it.each(PROSE)('leaves story text alone: %s', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});
