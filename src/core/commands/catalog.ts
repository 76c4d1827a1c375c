import type { CommandSpec } from './types.js';

/** Every slash command Tidings answers, for /help, Discord registration and the Slack manifest. */
export const commandCatalog = [
  {
    name: 'digest',
    description: 'The newest digest for this channel; "latest" shows the last one again',
    usage: '[latest]',
    admin: false,
    options: [{ name: 'which', description: 'Type "latest" to see the last digest again', required: false }],
  },
  {
    name: 'summary',
    description: 'Digest one article from its URL',
    usage: '<url>',
    admin: false,
    options: [{ name: 'url', description: 'The article address (http or https)', required: true }],
  },
  {
    name: 'quotes',
    description: 'What someone was quoted saying in recent articles',
    usage: '[speaker]',
    admin: false,
    options: [{ name: 'speaker', description: 'Who said it, e.g. zelenskyy', required: false, autocomplete: true }],
  },
  {
    name: 'help',
    description: 'What Tidings can do',
    usage: '',
    admin: false,
    options: [],
  },
  {
    name: 'schedule',
    description: "When this channel's digest goes out: list, add, remove, pause, resume",
    usage: '[list | add <HH:MM | weekdays HH:MM | cron> [timezone] | remove|pause|resume <id>]',
    admin: true,
    options: [
      { name: 'action', description: 'list, add, remove, pause or resume', required: false },
      { name: 'args', description: 'For add: 09:00 Europe/Kyiv, weekdays 08:30, or a cron expression; otherwise the schedule id', required: false },
    ],
  },
  {
    name: 'sources',
    description: "The feeds and pages this channel's digests draw on: list, add, remove, pause, resume",
    usage: '[list | add <feed or page url> | remove|pause|resume <id>]',
    admin: true,
    options: [
      { name: 'action', description: 'list, add, remove, pause or resume', required: false },
      { name: 'args', description: 'For add: the feed (RSS, Atom, JSON Feed) or page address; otherwise the source id', required: false },
    ],
  },
] as const satisfies readonly CommandSpec[];
