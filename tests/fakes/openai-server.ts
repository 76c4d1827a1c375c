import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { countChatTokens, countTokens } from '../../src/engines/llm/count-tokens.js';

/** One request the fake received. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** The parsed JSON body (null when it was not JSON). */
  body: ChatBody | null;
}

export interface ChatBody {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  [key: string]: unknown;
}

/** What the fake answers to one chat request. */
export type FakeReply =
  | { kind: 'content'; content: string; delayMs?: number }
  | { kind: 'refusal'; refusal: string }
  | { kind: 'status'; status: number; message?: string; headers?: Record<string, string> }
  | { kind: 'hang' };

/** Decides the answer to the n-th (0-based) chat request. */
export type Script = (request: RecordedRequest, n: number) => FakeReply;

export const reply = {
  /** A model message whose content is `value` as JSON. */
  json: (value: unknown, options: { delayMs?: number } = {}): FakeReply => ({ kind: 'content', content: JSON.stringify(value), ...options }),
  /** A model message with this exact content (malformed JSON, prose…). */
  text: (content: string): FakeReply => ({ kind: 'content', content }),
  refusal: (refusal: string): FakeReply => ({ kind: 'refusal', refusal }),
  status: (status: number, message = `fake error ${status}`, headers: Record<string, string> = {}): FakeReply => ({ kind: 'status', status, message, headers }),
  /** Accepts the request and never answers. */
  hang: (): FakeReply => ({ kind: 'hang' }),
};

/** True when the request asked for strict JSON Schema output. */
export const wantsJsonSchema = (r: RecordedRequest): boolean => r.body?.response_format?.type === 'json_schema';

export interface FakeOpenAiServer {
  /** Base URL for the openai SDK ("http://127.0.0.1:PORT/v1"). */
  baseUrl: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Chat completion requests only. */
  chatRequests(): RecordedRequest[];
  /** The most chat requests that were being answered at the same time. */
  maxInFlight(): number;
  /** Replaces the script for requests still to come. */
  setScript(script: Script): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function completion(body: ChatBody, message: { content: string | null; refusal: string | null }): unknown {
  const promptTokens = countChatTokens(body.messages.map((m) => ({ content: m.content })));
  const completionTokens = countTokens(message.content ?? message.refusal ?? '');
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices: [{ index: 0, finish_reason: 'stop', logprobs: null, message: { role: 'assistant', ...message } }],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  };
}

/**
 * An OpenAI-compatible HTTP server on 127.0.0.1 implementing POST /v1/chat/completions, answering
 * per a script, and reporting usage the way OpenAI counts it (o200k_base tokens of the messages).
 */
export async function startFakeOpenAiServer(script: Script = () => reply.status(500)): Promise<FakeOpenAiServer> {
  let current = script;
  const requests: RecordedRequest[] = [];
  let chatCount = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    let body: ChatBody | null = null;
    try {
      body = JSON.parse(raw) as ChatBody;
    } catch {
      body = null;
    }
    const recorded: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
    requests.push(recorded);
    if (req.method !== 'POST' || !(req.url ?? '').startsWith('/v1/chat/completions')) {
      send(res, 404, { error: { message: 'not found', type: 'invalid_request_error' } });
      return;
    }
    if (!body) {
      send(res, 400, { error: { message: 'body is not JSON', type: 'invalid_request_error' } });
      return;
    }
    const answer = current(recorded, chatCount++);
    switch (answer.kind) {
      case 'hang':
        return;
      case 'status':
        send(res, answer.status, { error: { message: answer.message, type: 'fake_error' } }, answer.headers);
        return;
      case 'refusal':
        send(res, 200, completion(body, { content: null, refusal: answer.refusal }));
        return;
      case 'content':
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
        inFlight -= 1;
        send(res, 200, completion(body, { content: answer.content, refusal: null }));
        return;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    chatRequests: () => requests.filter((r) => r.path.startsWith('/v1/chat/completions')),
    maxInFlight: () => maxInFlight,
    setScript: (s) => {
      current = s;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
