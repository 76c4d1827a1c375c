import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One request the fake received: a Web API method call or a response_url POST. */
export interface SlackCall {
  /** Web API method ("chat.postMessage") or "response_url". */
  method: string;
  path: string;
  /** Form or JSON body; JSON-encoded form fields (blocks) are decoded. */
  body: Record<string, unknown>;
  /** The bearer token sent, if any. */
  token: string | undefined;
  /** Answered 429 instead of being accepted. */
  rateLimited: boolean;
  at: number;
}

export interface FakeSlackUser {
  id: string;
  name: string;
  is_admin?: boolean;
  is_owner?: boolean;
}

export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
  users?: FakeSlackUser[];
}

export interface SocketAck {
  envelope_id: string;
  payload?: { response_type?: string; text?: string; blocks?: unknown[] };
}

export const FAKE_TEAM_ID = 'T0FAKE0001';
export const FAKE_BOT_USER_ID = 'U0TIDINGS1';

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Form fields as the Web API client sends them; arrays and objects arrive JSON-encoded. */
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.startsWith('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/u.test(v) ? (() => { try { return JSON.parse(v) as unknown; } catch { return v; } })() : v;
  }
  return out;
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}

/**
 * A fake Slack on 127.0.0.1: the Web API methods Tidings calls (auth.test, chat.postMessage,
 * users.info, apps.connections.open), response_url endpoints, and a Socket Mode WebSocket.
 * Records every call; can answer the next call to a method with 429 + Retry-After.
 */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly botToken: string;
  readonly appToken: string;
  private readonly users: Map<string, FakeSlackUser>;
  private readonly rateLimits = new Map<string, number>();
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly pendingAcks = new Map<string, (ack: SocketAck) => void>();
  private port = 0;
  private tsCounter = 0;
  private envelopeCounter = 0;
  private socketWaiters: Array<() => void> = [];

  constructor(options: FakeSlackOptions = {}) {
    this.botToken = options.botToken ?? 'xoxb-fake-bot-token';
    this.appToken = options.appToken ?? 'xapp-1-fake-app-token';
    this.users = new Map((options.users ?? []).map((u) => [u.id, u]));
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/link/')) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
  }

  /** Starts listening on a free loopback port. */
  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Base of the Web API, for SLACK_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A response_url as Slack would put in a slash command (pointing at this fake). */
  responseUrl(id = '1234567890'): string {
    return `http://127.0.0.1:${this.port}/commands/${FAKE_TEAM_ID}/${id}/fakeResponseToken`;
  }

  /** Calls to one Web API method (or "response_url") that were accepted. */
  accepted(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method && !c.rateLimited);
  }

  /** The next call to `method` (or "response_url") gets 429 with `Retry-After: seconds`. */
  rateLimitNext(method: string, seconds: number): void {
    this.rateLimits.set(method, seconds);
  }

  /** Resolves when a call matching `predicate` has been accepted, or rejects after `timeoutMs`. */
  async waitForCall(predicate: (c: SlackCall) => boolean, timeoutMs = 10_000): Promise<SlackCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find((c) => !c.rateLimited && predicate(c));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching Slack call within ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Resolves once a Socket Mode client is connected (hello sent). */
  socketConnected(): Promise<void> {
    if (this.sockets.size > 0) return Promise.resolve();
    return new Promise((resolve) => this.socketWaiters.push(resolve));
  }

  /** Sends a slash_commands envelope over Socket Mode and resolves with the app's ack. */
  deliverSlashCommand(payload: Record<string, string>, timeoutMs = 5_000): Promise<SocketAck> {
    const [ws] = this.sockets;
    if (!ws) return Promise.reject(new Error('no Socket Mode client connected'));
    this.envelopeCounter += 1;
    const envelopeId = `env-${this.envelopeCounter}-${Date.now()}`;
    return new Promise<SocketAck>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ack for ${envelopeId} within ${timeoutMs} ms`)), timeoutMs);
      this.pendingAcks.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      ws.send(JSON.stringify({ envelope_id: envelopeId, type: 'slash_commands', accepts_response_payload: true, payload }));
    });
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => {
      let msg: SocketAck;
      try {
        msg = JSON.parse(String(data)) as SocketAck;
      } catch {
        return;
      }
      const resolve = this.pendingAcks.get(msg.envelope_id);
      if (resolve) {
        this.pendingAcks.delete(msg.envelope_id);
        resolve(msg);
      }
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-slack', approximate_connection_time: 18060 }, connection_info: { app_id: 'A0FAKE0001' } }));
    for (const w of this.socketWaiters.splice(0)) w();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = parseBody(await readBody(req), req.headers['content-type']);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : typeof body.token === 'string' ? body.token : undefined;
    const method = path.startsWith('/api/') ? path.slice(5) : path.startsWith('/commands/') ? 'response_url' : path;
    const retryAfter = this.rateLimits.get(method);
    const call: SlackCall = { method, path, body, token, rateLimited: retryAfter !== undefined, at: Date.now() };
    this.calls.push(call);
    if (retryAfter !== undefined) {
      this.rateLimits.delete(method);
      return json(res, 429, { ok: false, error: 'ratelimited' }, { 'Retry-After': String(retryAfter) });
    }
    if (method === 'response_url') return json(res, 200, { ok: true });
    if (!path.startsWith('/api/')) return json(res, 404, { ok: false, error: 'not_found' });
    json(res, 200, this.answer(method, body, token));
  }

  private answer(method: string, body: Record<string, unknown>, token: string | undefined): Record<string, unknown> {
    if (method === 'apps.connections.open') {
      if (token !== this.appToken) return { ok: false, error: 'invalid_auth' };
      return { ok: true, url: `ws://127.0.0.1:${this.port}/link/?ticket=fake-ticket&app_id=A0FAKE0001` };
    }
    if (token !== this.botToken) return { ok: false, error: 'invalid_auth' };
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake-team.slack.com/', team: 'Fake Team', user: 'tidings', team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, bot_id: 'B0TIDINGS1', is_enterprise_install: false };
      case 'chat.postMessage': {
        if (typeof body.channel !== 'string' || body.channel === '') return { ok: false, error: 'channel_not_found' };
        if (body.channel.startsWith('CNOTIN')) return { ok: false, error: 'not_in_channel' };
        this.tsCounter += 1;
        const ts = `1764000000.${String(this.tsCounter).padStart(6, '0')}`;
        return { ok: true, channel: body.channel, ts, message: { type: 'message', user: FAKE_BOT_USER_ID, text: body.text, blocks: body.blocks, ts } };
      }
      case 'users.info': {
        const user = typeof body.user === 'string' ? this.users.get(body.user) : undefined;
        if (!user) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id: user.id, team_id: FAKE_TEAM_ID, name: user.name, deleted: false, is_admin: Boolean(user.is_admin), is_owner: Boolean(user.is_owner), is_primary_owner: false, is_bot: false } };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
