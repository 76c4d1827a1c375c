import type OpenAI from 'openai';
import { repairMessages, type ChatMessage } from './build-messages.js';
import { requestChat, type ResponseMode } from './chat-request.js';
import { countChatTokens, countTokens } from './count-tokens.js';
import { isRetryable, type LlmFailure } from './llm-failure.js';
import { parseModelOutput, type ModelDigest } from './model-output.js';
import type { Semaphore } from './semaphore.js';

/** What one digest cost at the model. */
export interface RequestUsage {
  requests: number;
  promptTokens: number;
  completionTokens: number;
}

export const emptyUsage = (): RequestUsage => ({ requests: 0, promptTokens: 0, completionTokens: 0 });

export type DigestReply = { ok: true; digest: ModelDigest } | { ok: false; failure: LlmFailure };

/** Everything one logical request needs; shared by the chunk, reduce and single-article requests. */
export interface RequestContext {
  client: OpenAI;
  model: string;
  /** Per-request timeout. */
  timeoutMs: number;
  /** Retries after timeouts, refused connections, 429 and 5xx. */
  maxRetries: number;
  /** Epoch ms after which no request starts and none is awaited. */
  deadline: number;
  /** Aborts at the deadline, or when the caller gives up. */
  signal: AbortSignal;
  semaphore: Semaphore;
  /** The response mode known to work for this base URL (starts at json_schema). */
  mode(): ResponseMode;
  /** Records a mode that worked. */
  rememberMode(mode: ResponseMode): void;
  usage: RequestUsage;
}

const backoffMs = (attempt: number): number => Math.round(250 * 2 ** attempt * (0.75 + Math.random() * 0.5));

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

const budgetGone = (message: string): DigestReply => ({ ok: false, failure: { kind: 'budget_exhausted', message } });

/**
 * Asks for one digest (of an article, a part, or the parts' merge) and returns it validated:
 * falls back from json_schema to JSON mode on a 400, repairs invalid JSON once, retries transient
 * failures with backoff (honouring Retry-After), and never goes past the deadline.
 */
export async function requestDigest(ctx: RequestContext, messages: readonly ChatMessage[]): Promise<DigestReply> {
  let request = messages;
  let retries = 0;
  let repaired = false;
  // Set when this server rejected json_schema during this request; remembered only once JSON mode works.
  let downgraded = false;
  for (;;) {
    const remaining = ctx.deadline - Date.now();
    if (remaining <= 0 || ctx.signal.aborted) return budgetGone('the digest budget ran out before the model answered');
    let release: () => void;
    try {
      release = await ctx.semaphore.acquire(ctx.signal);
    } catch {
      return budgetGone('the digest budget ran out while waiting for a free request slot');
    }
    const mode: ResponseMode = downgraded ? 'json_object' : ctx.mode();
    let reply;
    try {
      ctx.usage.requests += 1;
      reply = await requestChat(ctx.client, {
        model: ctx.model,
        messages: request,
        mode,
        timeoutMs: Math.max(1, Math.min(ctx.timeoutMs, ctx.deadline - Date.now())),
        signal: ctx.signal,
      });
    } finally {
      release();
    }
    if (reply.ok) {
      ctx.usage.promptTokens += reply.promptTokens ?? countChatTokens(request);
      ctx.usage.completionTokens += reply.completionTokens ?? countTokens(reply.content);
      const parsed = parseModelOutput(reply.content);
      if (parsed.ok) {
        ctx.rememberMode(mode);
        return { ok: true, digest: parsed.digest };
      }
      if (repaired) return { ok: false, failure: { kind: 'invalid_output', message: `the model's reply was ${parsed.problem}, twice` } };
      repaired = true;
      request = repairMessages(messages, reply.content, parsed.problem);
      continue;
    }
    const failure = reply.failure;
    if (failure.kind === 'schema_unsupported' && mode === 'json_schema') {
      // Many local servers reject json_schema with a 400; JSON mode plus zod keeps the same contract.
      downgraded = true;
      continue;
    }
    if (!isRetryable(failure) || retries >= ctx.maxRetries) return { ok: false, failure };
    const wait = failure.retryAfterMs ?? backoffMs(retries);
    if (Date.now() + wait >= ctx.deadline) return { ok: false, failure };
    retries += 1;
    await sleep(wait, ctx.signal);
  }
}
