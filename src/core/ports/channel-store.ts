import type { StoredArticle } from './article-store.js';
import type { ChannelRef } from '../commands/types.js';

/** What each channel has been sent: the rule behind `/digest` and the scheduled digest. */
export interface ChannelStore {
  /**
   * Stored articles this channel has not been sent yet, most recent first. A channel with
   * sources of its own gets only articles from those sources; one without gets every article.
   */
  unsentArticles(channel: ChannelRef, options?: { limit?: number }): Promise<StoredArticle[]>;
  /** Records that these articles went to the channel (idempotent). */
  markSent(channel: ChannelRef, articleIds: string[], sentAt: string): Promise<void>;
  /** The article ids of the channel's last digest, for `/digest latest`. */
  lastSent(channel: ChannelRef): Promise<{ articleIds: string[]; sentAt: string } | null>;
}
