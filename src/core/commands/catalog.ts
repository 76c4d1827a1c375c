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
] as const satisfies readonly CommandSpec[];
