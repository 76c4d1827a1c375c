import { describeError, isTidingsError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import { parseId, refuseNonAdmin, shortUtc } from '../schedule/command-args.js';
import type { ProbedSource, SourceProbe } from '../schedule/source-probe.js';
import type { Source, SourceStore } from '../schedule/source-store.js';
import { parseHttpUrl, words } from './parse-args.js';
import type { CommandRequest, Reply } from './types.js';

export interface SourcesCommandDeps {
  sources: SourceStore;
  probe: SourceProbe;
  clock: Clock;
  /** A new feed contributes only its newest this-many items; older ones are marked seen. */
  feedFirstItems: number;
}

const USAGE = '`/sources list` · `/sources add <feed or page url>` · `/sources remove <id>` · `/sources pause <id>` · `/sources resume <id>`';

function describeSource(s: Source): string {
  const name = s.title ? ` “${s.title}”` : '';
  const state = [
    `last success: ${shortUtc(s.lastSuccessAt)}`,
    `last error: ${s.lastError ? `${s.lastError} (${shortUtc(s.lastErrorAt)})` : 'none'}`,
    s.paused ? `paused${s.failures > 0 ? ` after ${s.failures} failures` : ''}` : 'active',
  ];
  return `• ${s.id}: ${s.kind}${name} ${s.url} — ${state.join('; ')}`;
}

async function list(deps: SourcesCommandDeps, request: CommandRequest): Promise<Reply> {
  const all = await deps.sources.list(request.channel);
  if (all.length === 0) {
    return {
      kind: 'text',
      text: 'This channel follows no sources of its own, so its digests carry every stored article. An admin can add one, e.g. `/sources add https://example.com/feed.xml`.',
    };
  }
  return { kind: 'text', text: `Sources for this channel:\n${all.map(describeSource).join('\n')}\n` };
}

/** A fetch failure as a reply that says what to check; nothing was stored. */
function notAdded(url: string, e: unknown): Reply {
  const reason = isTidingsError(e) ? e.message : describeError(e);
  const hint = isTidingsError(e) && e.code === 'FETCH_HTTP_STATUS' ? ' Check the address.' : '';
  return { kind: 'error', text: `Sorry — I could not add ${url}: ${reason}.${hint} Nothing was added.` };
}

function addedText(probed: ProbedSource, source: Source, firstItems: number): string {
  if (probed.kind === 'page') {
    const feeds = probed.feedLinks.length > 0 ? ` It advertises a feed — \`/sources add ${probed.feedLinks[0]}\` follows new articles as they come.` : '';
    return `That address is a web page, not a feed, so I added it as a single page (source ${source.id}); its article goes into the next digest.${feeds}`;
  }
  const name = probed.title ? `“${probed.title}” ` : '';
  const n = probed.totalItems;
  if (n === 0) return `Added the ${probed.format.toUpperCase()} feed ${name}(source ${source.id}). It has no items yet; new ones go into the next digests.`;
  const taken = Math.min(firstItems, n);
  const older = n > taken ? `; the ${n - taken} older ${n - taken === 1 ? 'one is' : 'ones are'} skipped` : '';
  return `Added the ${probed.format.toUpperCase()} feed ${name}(source ${source.id}) with ${n} ${n === 1 ? 'item' : 'items'}: the newest ${taken} will be in the next digest${older}.`;
}

async function add(deps: SourcesCommandDeps, request: CommandRequest, rest: string[], signal?: AbortSignal): Promise<Reply> {
  const refusal = await refuseNonAdmin(request, 'add sources');
  if (refusal) return refusal;
  const url = rest.length === 1 ? parseHttpUrl(rest[0] ?? '') : null;
  if (!url) return { kind: 'error', text: 'Sorry — /sources add takes one http(s) address of a feed or a page, e.g. `/sources add https://example.com/feed.xml`.' };
  const following = await deps.sources.findByUrl(request.channel, url);
  if (following) return { kind: 'error', text: `Sorry — this channel already follows ${url} (source ${following.id}).` };
  let probed: ProbedSource;
  try {
    probed = await deps.probe.probe(url, signal ? { signal } : {});
  } catch (e) {
    if (!isTidingsError(e)) throw e;
    return notAdded(url, e);
  }
  const again = probed.url !== url ? await deps.sources.findByUrl(request.channel, probed.url) : null;
  if (again) return { kind: 'error', text: `Sorry — ${url} leads to ${probed.url}, which this channel already follows (source ${again.id}).` };
  const now = deps.clock.now().toISOString();
  // Everything but the newest few is marked seen now, so adding a feed never floods the channel.
  const seen = probed.kind === 'feed' ? probed.items.slice(Math.max(0, deps.feedFirstItems)) : [];
  const source = await deps.sources.add(
    { channel: request.channel, url: probed.url, kind: probed.kind, title: probed.title, createdAt: now, createdBy: request.user.id, nextPollAt: now },
    seen,
  );
  return { kind: 'text', text: addedText(probed, source, deps.feedFirstItems) };
}

async function change(deps: SourcesCommandDeps, request: CommandRequest, action: 'remove' | 'pause' | 'resume', rest: string[]): Promise<Reply> {
  const refusal = await refuseNonAdmin(request, `${action} sources`);
  if (refusal) return refusal;
  const id = parseId(rest[0]);
  if (id === null || rest.length > 1) return { kind: 'error', text: `Sorry — /sources ${action} takes a source id, e.g. \`/sources ${action} 2\`; \`/sources list\` shows the ids.` };
  const now = deps.clock.now().toISOString();
  const done = action === 'remove' ? await deps.sources.remove(request.channel, id) : await deps.sources.setPaused(request.channel, id, action === 'pause', now);
  if (!done) return { kind: 'error', text: `Sorry — this channel has no source ${id}. \`/sources list\` shows its sources.` };
  const text = { remove: `Removed source ${id}.`, pause: `Paused source ${id}; \`/sources resume ${id}\` starts it again.`, resume: `Resumed source ${id}; it is polled again now.` }[action];
  return { kind: 'text', text };
}

/** `/sources add|list|remove|pause|resume`: the feeds and pages this channel's digests draw on. */
export async function runSources(deps: SourcesCommandDeps, request: CommandRequest, signal?: AbortSignal): Promise<Reply> {
  const [action, ...rest] = words(request.text);
  switch (action?.toLowerCase()) {
    case undefined:
    case 'list':
      return list(deps, request);
    case 'add':
      return add(deps, request, rest, signal);
    case 'remove':
    case 'delete':
      return change(deps, request, 'remove', rest);
    case 'pause':
      return change(deps, request, 'pause', rest);
    case 'resume':
      return change(deps, request, 'resume', rest);
    default:
      return { kind: 'error', text: `Sorry — I don't know \`/sources ${(action ?? '').slice(0, 40)}\`. ${USAGE}` };
  }
}
