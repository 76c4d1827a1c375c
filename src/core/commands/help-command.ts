import { commandCatalog } from './catalog.js';
import type { CommandSpec, Reply } from './types.js';

/** `/help`: every command with its usage, admin commands marked. */
export function runHelp(extra: readonly CommandSpec[] = []): Reply {
  const specs: readonly CommandSpec[] = commandCatalog;
  const lines = ['Tidings turns news articles into short digests with verbatim quotes.', ''];
  for (const spec of [...specs, ...extra.filter((e) => !specs.some((s) => s.name === e.name))]) {
    const usage = spec.usage ? ` ${spec.usage}` : '';
    lines.push(`/${spec.name}${usage} — ${spec.description}${spec.admin ? ' (admins change, everyone lists)' : ''}`);
  }
  return { kind: 'text', text: lines.join('\n') + '\n', ephemeral: true };
}
