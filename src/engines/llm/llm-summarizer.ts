import OpenAI from 'openai';
import type { Config } from '../../config/config.js';
import type { Article } from '../../core/article.js';
import { digestSchema, llmEngineLabel } from '../../core/digest.js';
import type { Logger } from '../../core/ports/logger.js';
import type { Metrics } from '../../core/ports/metrics.js';
import type { Summarizer, SummaryResult } from '../../core/ports/summarizer.js';
import { digestMessages, reduceMessages } from './build-messages.js';
import type { ResponseMode } from './chat-request.js';
import { chunkArticle } from './chunk-article.js';
import { composeLlmDigest } from './compose-llm-digest.js';
import { countChatTokens } from './count-tokens.js';
import { extractiveSpeakerView } from './extractive-speaker-view.js';
import type { LlmCache, LlmCacheKey } from './llm-cache.js';
import type { LlmFailure } from './llm-failure.js';
import { loadPrompts, type LoadedPrompts } from './load-prompts.js';
import type { ModelDigest } from './model-output.js';
import { emptyUsage, requestDigest, type DigestReply, type RequestContext, type RequestUsage } from './request-digest.js';
import { createSemaphore } from './semaphore.js';
import { countDrops, verifyDigest } from './verify-digest.js';
import type { SpeakerView } from './verify-speaker.js';

export interface LlmSummarizerOptions {
  llm: NonNullable<Config['llm']>;
  /** Answers whenever the model cannot, and supplies quotes and stand-in text. */
  extractive: Summarizer;
  cache: LlmCache;
  logger: Logger;
  metrics: Metrics;
  prompts?: LoadedPrompts;
  /** Who speaks in an article; the extractive engine's view unless a test gives another. */
  speakerView?: (article: Article) => SpeakerView;
}

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** Time kept back from the budget for verification and composing the answer. */
const reserveMs = (budgetMs: number): number => Math.min(500, Math.round(budgetMs * 0.1));

/** Article tokens one request may carry: the context minus the prompt's own tokens and room for the answer. */
function articleTokenBudget(contextTokens: number, prompts: LoadedPrompts): number {
  const overhead = countChatTokens([{ content: prompts.system }, { content: prompts.user }]) + 50;
  const answer = Math.min(2000, Math.floor(contextTokens / 4));
  return Math.max(200, contextTokens - overhead - answer);
}

const QUOTE_DROPS = new Set(['quote_not_verbatim', 'quote_not_quoted', 'speaker_unknown']);

/**
 * A Summarizer backed by any OpenAI-compatible Chat Completions server. Each article costs one
 * request (1 + parts for long ones) once; everything the model says is verified against the
 * article, and on any failure the extractive engine answers within the budget.
 */
export function createLlmSummarizer(options: LlmSummarizerOptions): Summarizer {
  const { llm, cache, metrics } = options;
  const prompts = options.prompts ?? loadPrompts();
  const baseUrl = llm.baseUrl ?? OPENAI_BASE_URL;
  const engine = llmEngineLabel(llm.model);
  const logger = options.logger.child({ engine });
  const speakerView = options.speakerView ?? extractiveSpeakerView;
  // A local server needs no key, but the SDK insists on one. Every option the SDK would otherwise
  // read from process.env is given here: configuration comes from src/config only.
  const client = new OpenAI({
    apiKey: llm.apiKey ?? 'no-key',
    baseURL: baseUrl,
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    logLevel: 'off',
    timeout: llm.timeoutMs,
    maxRetries: 0,
  });
  const semaphore = createSemaphore(llm.concurrency);
  let mode: ResponseMode = cache.responseMode(baseUrl) ?? 'json_schema';
  let persistedMode = cache.responseMode(baseUrl);
  const rememberMode = (m: ResponseMode): void => {
    mode = m;
    if (persistedMode !== m) {
      persistedMode = m;
      cache.rememberResponseMode(baseUrl, m);
      logger.info({ baseUrl, mode: m }, 'remembered the structured-output mode this server accepts');
    }
  };
  const maxArticleTokens = articleTokenBudget(llm.contextTokens, prompts);

  async function generate(article: Article, ctx: RequestContext, stop: AbortController): Promise<DigestReply> {
    const chunks = chunkArticle(article, maxArticleTokens);
    if (chunks.length === 1) return requestDigest(ctx, digestMessages(prompts, article, article.text));
    logger.debug({ article: article.id, parts: chunks.length }, 'article is longer than the context; digesting it in parts');
    let firstFailure: DigestReply | undefined;
    const parts = await Promise.all(
      chunks.map(async (chunk, i) => {
        const reply = await requestDigest(ctx, digestMessages(prompts, article, chunk, { index: i + 1, count: chunks.length }));
        if (!reply.ok && !firstFailure) {
          // One part failing sinks the digest: stop the others, and report this part's reason, not theirs.
          firstFailure = reply;
          stop.abort();
        }
        return reply;
      }),
    );
    if (firstFailure) return firstFailure;
    const digests = parts.flatMap((p) => (p.ok ? [p.digest] : []));
    const merged = await requestDigest(ctx, reduceMessages(prompts, article, digests, maxArticleTokens));
    // A merge that kept no quote falls back on the parts' own (verification checks them all the same).
    if (merged.ok && merged.digest.quotes.length === 0) return { ok: true, digest: { ...merged.digest, quotes: digests.flatMap((d) => d.quotes).slice(0, 10) } };
    return merged;
  }

  const pending = new Map<string, Promise<{ reply: DigestReply; usage: RequestUsage }>>();

  /** One digest's worth of model requests, bounded by the budget that started at `started`. */
  async function ask(article: Article, started: number, callerSignal: AbortSignal | undefined): Promise<{ reply: DigestReply; usage: RequestUsage }> {
    const deadline = started + llm.budgetMs - reserveMs(llm.budgetMs);
    const stop = new AbortController();
    const signals = [AbortSignal.timeout(Math.max(1, deadline - Date.now())), stop.signal];
    if (callerSignal) signals.push(callerSignal);
    const usage = emptyUsage();
    const ctx: RequestContext = {
      client,
      model: llm.model,
      timeoutMs: llm.timeoutMs,
      maxRetries: llm.maxRetries,
      deadline,
      signal: AbortSignal.any(signals),
      semaphore,
      mode: () => mode,
      rememberMode,
      usage,
    };
    return { reply: await generate(article, ctx, stop), usage };
  }

  function record(key: LlmCacheKey, article: Article, usage: RequestUsage, extra: { engine: string; cacheHit: boolean; quotesDropped: number; fallbackReason: string | null }): void {
    cache.recordUsage({ ...key, articleId: article.id, ...usage, ...extra });
  }

  function verified(article: Article, key: LlmCacheKey, output: ModelDigest, extractive: SummaryResult, usage: RequestUsage, cacheHit: boolean): SummaryResult | null {
    const result = verifyDigest(article, speakerView(article), output, extractive.digest);
    for (const d of result.dropped) logger.debug({ article: article.id, reason: d.reason, dropped: d.what }, 'verification dropped model output');
    for (const [reason, n] of countDrops(result.dropped)) metrics.llmOutputDropped(reason, n);
    if (result.speakersCorrected > 0) {
      metrics.llmOutputDropped('speaker_replaced', result.speakersCorrected);
      logger.debug({ article: article.id, count: result.speakersCorrected }, "verification replaced the model's speaker with the article's");
    }
    const composed = composeLlmDigest(article, llm.model, result, extractive);
    if (!digestSchema.safeParse(composed.digest).success) return null;
    const quotesDropped = result.dropped.filter((d) => QUOTE_DROPS.has(d.reason)).length;
    record(key, article, usage, { engine, cacheHit, quotesDropped, fallbackReason: null });
    return composed;
  }

  function fallBack(article: Article, key: LlmCacheKey, failure: LlmFailure, usage: RequestUsage, extractive: SummaryResult): SummaryResult {
    logger.warn(
      { article: article.id, reason: failure.kind, detail: failure.message, status: failure.status, requests: usage.requests },
      `LLM digest failed (${failure.kind}); the extractive engine answered`,
    );
    metrics.llmFallback(failure.kind);
    record(key, article, usage, { engine: extractive.digest.engine, cacheHit: false, quotesDropped: 0, fallbackReason: failure.kind });
    return extractive;
  }

  return {
    name: engine,
    async summarize(article, summarizeOptions) {
      const started = Date.now();
      // Computed first, so a fallback never has to start late: the budget covers it.
      const extractive = await options.extractive.summarize(article, summarizeOptions);
      const key: LlmCacheKey = { contentHash: article.contentHash, model: llm.model, promptVersion: prompts.version };
      const cached = cache.get(key);
      if (cached) {
        const fromCache = verified(article, key, cached, extractive, emptyUsage(), true);
        if (fromCache) return fromCache;
      }
      // The same article asked for twice at once shares one model request.
      const cacheKey = `${key.contentHash}\u0000${key.model}\u0000${key.promptVersion}`;
      let job = pending.get(cacheKey);
      const shared = job !== undefined;
      if (!job) {
        job = ask(article, started, summarizeOptions?.signal);
        pending.set(cacheKey, job);
        const done = (): boolean => pending.delete(cacheKey);
        job.then(done, done);
      }
      const { reply, usage: spent } = await job;
      const usage = shared ? emptyUsage() : spent;
      if (!reply.ok) {
        const failure: LlmFailure = summarizeOptions?.signal?.aborted ? { kind: 'aborted', message: 'the caller gave up' } : reply.failure;
        return fallBack(article, key, failure, usage, extractive);
      }
      if (!shared) cache.put(key, reply.digest);
      return (
        verified(article, key, reply.digest, extractive, usage, shared) ??
        fallBack(article, key, { kind: 'invalid_output', message: 'the verified digest did not fit the contract' }, usage, extractive)
      );
    },
  };
}
