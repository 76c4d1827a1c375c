import type { Digest } from '../digest.js';
import type { QuoteWithArticle, SpeakerCount } from '../ports/article-store.js';

export type PlatformName = 'slack' | 'discord' | 'shell';

/** A channel on one platform. `id` is unique within the platform. */
export interface ChannelRef {
  platform: PlatformName;
  id: string;
  /** Slack team / Discord guild, when known. */
  workspaceId?: string;
}

export interface UserRef {
  id: string;
  name?: string;
  /** Whether the user may run admin commands; resolved lazily by the adapter (Slack users.info, Discord permissions). */
  isAdmin(): Promise<boolean>;
}

/** A slash command as every platform delivers it: a name and its raw argument text. */
export interface CommandRequest {
  /** Without the slash: "digest", "summary", "quotes", "help", "schedule", "sources". */
  command: string;
  /** Everything after the command name, as typed. */
  text: string;
  channel: ChannelRef;
  user: UserRef;
}

/** One article digest inside a channel digest. */
export interface ChannelDigestItem {
  digest: Digest;
  /** ISO-8601 of publication or storage. */
  date: string;
}

/** Several articles at once: the most important `full`, the rest as one-line links. */
export interface ChannelDigest {
  full: ChannelDigestItem[];
  more: Array<{ title: string; url: string | null; articleId: string }>;
}

/**
 * What a command answers, platform-neutral. Every variant carries `text`, a plain fallback
 * that reads well on its own; adapters render the structured part their own way.
 */
export type Reply =
  | { kind: 'text'; text: string; ephemeral?: boolean }
  | { kind: 'error'; text: string }
  | { kind: 'digest'; text: string; digest: Digest }
  | { kind: 'channel-digest'; text: string; channelDigest: ChannelDigest }
  | { kind: 'quotes'; text: string; speaker: string; quotes: QuoteWithArticle[] }
  | { kind: 'speakers'; text: string; speakers: SpeakerCount[]; heading: string };

/** Runs a parsed command and answers; never throws for user mistakes or expected failures. */
export interface CommandRunner {
  /** Parses, runs and answers one command. */
  run(request: CommandRequest, options?: { signal?: AbortSignal }): Promise<Reply>;
  /** Speaker names starting with (or matching) `prefix`, for Discord autocomplete. */
  suggestSpeakers(prefix: string, limit: number): Promise<string[]>;
}

export interface CommandOptionSpec {
  name: string;
  description: string;
  required: boolean;
  /** Discord: offer choices from the store as the user types. */
  autocomplete?: boolean;
}

export interface CommandSpec {
  name: string;
  description: string;
  /** Usage hint shown in /help and Slack's manifest ("[latest]", "<url>"). */
  usage: string;
  /** Admin-only commands get `default_member_permissions` on Discord and a run-time check everywhere. */
  admin: boolean;
  /** How Discord's structured options map onto the text argument (joined by spaces in order). */
  options: CommandOptionSpec[];
}

/** One command's implementation; admin-only subcommands check `request.user.isAdmin()` themselves. */
export type CommandHandler = (request: CommandRequest, options: { signal?: AbortSignal }) => Promise<Reply>;
