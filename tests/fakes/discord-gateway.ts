import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildCreatePayload, readyPayload } from './discord-payloads.js';

/**
 * A fake Discord gateway (v10, JSON encoding, no compression) on 127.0.0.1: HELLO, IDENTIFY →
 * READY + GUILD_CREATE, RESUME → RESUMED, heartbeats acknowledged, and dispatches on demand.
 * @see https://discord.com/developers/docs/events/gateway
 */

export interface GatewayFrame {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export interface FakeDiscordGateway {
  readonly url: string;
  /** Every frame the bot sent, in order. */
  readonly received: GatewayFrame[];
  /** The query string of each connection (`v=10&encoding=json`). */
  readonly connections: string[];
  /** Resolves once a session is identified and READY + GUILD_CREATE were sent. */
  identified(timeoutMs?: number): Promise<void>;
  /** Closes every session with `code` (4000 = unknown error: the client may resume). */
  dropConnections(code: number): void;
  /** Sends a dispatch (op 0) to every connected session. */
  dispatch(t: string, d: unknown): void;
  close(): Promise<void>;
}

const op = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, hello: 10, heartbeatAck: 11 } as const;

export async function startFakeDiscordGateway(options: { heartbeatIntervalMs?: number } = {}): Promise<FakeDiscordGateway> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const url = `ws://127.0.0.1:${port}`;
  const received: GatewayFrame[] = [];
  const connections: string[] = [];
  const sessions = new Set<WebSocket>();
  let seq = 0;
  let ready = false;
  const readyWaiters: Array<() => void> = [];

  const send = (socket: WebSocket, frame: GatewayFrame): void => {
    socket.send(JSON.stringify(frame));
  };
  const dispatchTo = (socket: WebSocket, t: string, d: unknown): void => {
    seq += 1;
    send(socket, { op: op.dispatch, t, s: seq, d });
  };

  server.on('connection', (socket, request) => {
    connections.push((request.url ?? '').split('?')[1] ?? '');
    send(socket, { op: op.hello, d: { heartbeat_interval: options.heartbeatIntervalMs ?? 41_250 }, s: null, t: null });
    socket.on('message', (raw) => {
      let frame: GatewayFrame;
      try {
        frame = JSON.parse(String(raw)) as GatewayFrame;
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      received.push(frame);
      if (frame.op === op.heartbeat) send(socket, { op: op.heartbeatAck, d: null });
      if (frame.op === op.identify) {
        sessions.add(socket);
        dispatchTo(socket, 'READY', readyPayload(url));
        dispatchTo(socket, 'GUILD_CREATE', guildCreatePayload());
        ready = true;
        for (const w of readyWaiters.splice(0)) w();
      }
      if (frame.op === op.resume) {
        sessions.add(socket);
        dispatchTo(socket, 'RESUMED', null);
      }
    });
    socket.on('close', () => sessions.delete(socket));
  });

  return {
    url,
    received,
    connections,
    identified(timeoutMs = 10_000) {
      if (ready) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the bot never identified')), timeoutMs);
        readyWaiters.push(() => { clearTimeout(timer); resolve(); });
      });
    },
    dropConnections(code) {
      for (const socket of sessions) socket.close(code, 'fake gateway dropped the session');
      sessions.clear();
    },
    dispatch(t, d) {
      for (const socket of sessions) dispatchTo(socket, t, d);
    },
    close() {
      for (const socket of server.clients) socket.terminate();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
