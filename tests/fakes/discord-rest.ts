import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { botUser, FAKE_APPLICATION_ID } from './discord-payloads.js';

/**
 * A fake Discord REST API (v10) on 127.0.0.1 that records every call. It serves what a bot
 * needs: GET /gateway/bot, GET /users/@me, command bulk overwrite, interaction callbacks,
 * webhook edits of `@original`, follow-ups and channel messages (honouring `enforce_nonce`).
 * @see https://discord.com/developers/docs/reference
 */

export interface RecordedCall {
  method: string;
  /** The path as it reached the server, still URL-encoded (`%40original`), without the query. */
  path: string;
  query: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  status: number;
  /** `Date.now()` when the request arrived. */
  at: number;
}

export interface PostedChannelMessage {
  id: string;
  channelId: string;
  body: Record<string, unknown>;
  at: number;
}

export interface FakeDiscordRest {
  /** Base for `rest.api`: discord.js appends `/v10` itself. */
  readonly apiUrl: string;
  readonly calls: RecordedCall[];
  /** Messages that exist in channels (a de-duplicated nonce creates none). */
  readonly messages: PostedChannelMessage[];
  /** The gateway URL GET /gateway/bot hands out. */
  setGatewayUrl(url: string): void;
  /** Answers the next request whose `METHOD path` matches with 429 and a `Retry-After` header. */
  rateLimitOnce(match: RegExp, retryAfterSeconds: number): void;
  /** Answers the next request whose `METHOD path` matches with `status` and a Discord error body. */
  failOnce(match: RegExp, status: number, message?: string): void;
  /** Handles the next matching request (a message is created) but answers 500, as if the response was lost. */
  loseResponseOnce(match: RegExp): void;
  /** Holds every request whose `METHOD path` matches for `ms` before answering. */
  delay(match: RegExp, ms: number): void;
  /** Calls whose `METHOD path` matches, in arrival order. */
  callsTo(match: RegExp): RecordedCall[];
  /** Resolves once a call matching `match` has been answered. */
  waitForCall(match: RegExp, timeoutMs?: number): Promise<RecordedCall>;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, body: unknown, params: string[]) => { status: number; json?: unknown };

let snowflake = 1_700_000_000_000_000_000n;
const nextId = (): string => String((snowflake += 1n));

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function messageObject(channelId: string, body: Record<string, unknown>, id: string): Record<string, unknown> {
  return {
    id,
    type: 0,
    channel_id: channelId,
    author: botUser,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: body.flags ?? 0,
    components: [],
    nonce: body.nonce,
  };
}

export async function startFakeDiscordRest(): Promise<FakeDiscordRest> {
  const calls: RecordedCall[] = [];
  const messages: PostedChannelMessage[] = [];
  const limits: Array<{ match: RegExp; seconds: number }> = [];
  const delays: Array<{ match: RegExp; ms: number }> = [];
  const failures: Array<{ match: RegExp; status: number; message: string }> = [];
  const lostResponses: RegExp[] = [];
  const waiters: Array<{ match: RegExp; resolve: (c: RecordedCall) => void }> = [];
  let gatewayUrl = 'ws://127.0.0.1:1';

  const routes: Array<[string, RegExp, Handler]> = [
    ['GET', /^\/api\/v10\/gateway\/bot$/u, () => ({
      status: 200,
      json: { url: gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } },
    })],
    ['GET', /^\/api\/v10\/gateway$/u, () => ({ status: 200, json: { url: gatewayUrl } })],
    ['GET', /^\/api\/v10\/users\/@me$/u, () => ({ status: 200, json: botUser })],
    ['PUT', /^\/api\/v10\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/u, (_req, body, [app, guild]) => ({
      status: 200,
      json: (Array.isArray(body) ? body : []).map((c: Record<string, unknown>) => ({
        ...c,
        id: nextId(),
        application_id: app,
        ...(guild ? { guild_id: guild } : {}),
        version: nextId(),
      })),
    })],
    ['POST', /^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/u, () => ({ status: 204 })],
    ['PATCH', /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)\/messages\/%40original$/u, (_req, body) => ({
      status: 200,
      json: messageObject('0', (body ?? {}) as Record<string, unknown>, nextId()),
    })],
    ['POST', /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)$/u, (_req, body) => ({
      status: 200,
      json: messageObject('0', (body ?? {}) as Record<string, unknown>, nextId()),
    })],
    ['POST', /^\/api\/v10\/channels\/(\d+)\/messages$/u, (_req, raw, [channelId]) => {
      const body = (raw ?? {}) as Record<string, unknown>;
      // Discord: with enforce_nonce, a second message with the same nonce returns the first one.
      if (body.enforce_nonce === true && body.nonce !== undefined) {
        const earlier = messages.find((m) => m.channelId === channelId && m.body.nonce === body.nonce);
        if (earlier) return { status: 200, json: messageObject(channelId!, earlier.body, earlier.id) };
      }
      const id = nextId();
      messages.push({ id, channelId: channelId!, body, at: Date.now() });
      return { status: 200, json: messageObject(channelId!, body, id) };
    }],
  ];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const [path = '', query = ''] = (req.url ?? '').split('?');
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    const key = `${method} ${path}`;
    const wait = delays.find((d) => d.match.test(key));
    if (wait) await new Promise((r) => setTimeout(r, wait.ms));
    let status: number;
    let json: unknown;
    const limitIndex = limits.findIndex((l) => l.match.test(key));
    const failureIndex = failures.findIndex((f) => f.match.test(key));
    if (failureIndex >= 0) {
      const [failure] = failures.splice(failureIndex, 1);
      status = failure!.status;
      json = { message: failure!.message, code: 50035, errors: {} };
    } else if (limitIndex >= 0) {
      const [limit] = limits.splice(limitIndex, 1);
      status = 429;
      // discord.js reads the Retry-After header (seconds), not the body's retry_after.
      res.setHeader('Retry-After', String(limit!.seconds));
      res.setHeader('X-RateLimit-Scope', 'user');
      json = { message: 'You are being rate limited.', retry_after: limit!.seconds, global: false };
    } else if (req.headers.authorization !== 'Bot fake-discord-token' && !path.includes('/interactions/') && !path.includes('/webhooks/')) {
      status = 401;
      json = { message: '401: Unauthorized', code: 0 };
    } else {
      const route = routes.find(([m, re]) => m === method && re.test(path));
      if (route) {
        const params = path.match(route[1])!.slice(1) as string[];
        ({ status, json } = route[2](req, body, params));
        const lost = lostResponses.findIndex((m) => m.test(key));
        if (lost >= 0) {
          lostResponses.splice(lost, 1);
          status = 500;
          json = { message: '500: Internal Server Error', code: 0 };
        }
      } else {
        status = 404;
        json = { message: `Unknown route ${key}`, code: 0 };
      }
    }
    const call: RecordedCall = { method, path, query, headers: req.headers, body, status, at };
    calls.push(call);
    res.statusCode = status;
    if (json === undefined) res.end();
    else {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(json));
    }
    for (const w of [...waiters]) {
      if (status < 400 && w.match.test(key)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.statusCode = 500;
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const callsTo = (match: RegExp): RecordedCall[] => calls.filter((c) => match.test(`${c.method} ${c.path}`));

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    calls,
    messages,
    setGatewayUrl(url) {
      gatewayUrl = url;
    },
    rateLimitOnce(match, seconds) {
      limits.push({ match, seconds });
    },
    failOnce(match, status, message = 'Invalid Form Body') {
      failures.push({ match, status, message });
    },
    loseResponseOnce(match) {
      lostResponses.push(match);
    },
    delay(match, ms) {
      delays.push({ match, ms });
    },
    callsTo,
    waitForCall(match, timeoutMs = 10_000) {
      const done = callsTo(match).find((c) => c.status < 400);
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no call matching ${match} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ match, resolve: (c) => { clearTimeout(timer); resolve(c); } });
      });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export const FAKE_DISCORD_TOKEN = 'fake-discord-token';
export { FAKE_APPLICATION_ID };
