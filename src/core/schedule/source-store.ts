import type { ChannelRef } from '../commands/types.js';

export type SourceKind = 'feed' | 'page';

/** A feed or single page a channel follows. */
export interface Source {
  id: number;
  channel: ChannelRef;
  url: string;
  kind: SourceKind;
  title: string | null;
  createdAt: string;
  createdBy: string | null;
  etag: string | null;
  lastModified: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  /** Consecutive failed polls. */
  failures: number;
  nextPollAt: string;
  paused: boolean;
}

export type NewSource = Pick<Source, 'channel' | 'url' | 'kind' | 'title' | 'createdAt' | 'createdBy' | 'nextPollAt'>;

/** One entry of a feed, as far as de-duplication cares. */
export interface FeedItemKey {
  /** The GUID (RSS), id (Atom, JSON Feed), or null. */
  guid: string | null;
  /** The item's link, absolute, or null. */
  url: string | null;
  /** guid ?? url ?? a hash of title and content: the item's key within its source. */
  key: string;
}

/** Sources per channel, their poll state, and the feed items each has seen. */
export interface SourceStore {
  /** Stores a source and marks `seen` items as already handled (old items not flooded in), in one transaction. */
  add(source: NewSource, seen: FeedItemKey[]): Promise<Source>;
  /** The channel's sources, oldest first. */
  list(channel: ChannelRef): Promise<Source[]>;
  /** The channel's source with this URL, if it follows it already. */
  findByUrl(channel: ChannelRef, url: string): Promise<Source | null>;
  /** Removes a source of this channel (and its seen items); false when not found. */
  remove(channel: ChannelRef, id: number): Promise<boolean>;
  /** Pauses or resumes a source of this channel; resuming clears its failure count. */
  setPaused(channel: ChannelRef, id: number, paused: boolean, nextPollAt: string): Promise<boolean>;
  /** Unpaused sources whose next poll is at or before `at`. */
  due(at: string): Promise<Source[]>;
  /**
   * Takes one poll of a due source for this process by moving its next poll from `expected` to
   * `until`; false when another process took it first (so two processes never poll it twice).
   */
  lease(id: number, expected: string, until: string): Promise<boolean>;
  /** A poll that worked: validators kept for the next conditional GET, failures reset. */
  recordSuccess(id: number, result: { at: string; nextPollAt: string; etag: string | null; lastModified: string | null; title?: string | null }): Promise<void>;
  /** A poll that failed; `pause` stops polling it. */
  recordFailure(id: number, result: { at: string; nextPollAt: string; error: string; failures: number; pause: boolean }): Promise<void>;
  /** Whether this source has seen the item, by key, GUID or URL (an edited item keeps its GUID or URL). */
  hasSeen(sourceId: number, item: FeedItemKey): Promise<boolean>;
  /** The article any source already made of an item with this URL or (long, so global) GUID. */
  findArticleFor(item: FeedItemKey): Promise<string | null>;
  /** Records that a source saw an item, with the article it became (null: skipped). */
  recordItem(sourceId: number, item: FeedItemKey, articleId: string | null, at: string): Promise<void>;
}
