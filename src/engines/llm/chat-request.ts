import type OpenAI from 'openai';
import type { ChatMessage } from './build-messages.js';
import { translateOpenAiError, type LlmFailure } from './llm-failure.js';
import { modelDigestJsonSchema } from './model-output.js';

/** How we ask for structured output: strict JSON Schema, or plain JSON mode for servers without it. */
export type ResponseMode = 'json_schema' | 'json_object';

export type ChatReply =
  | { ok: true; content: string; promptTokens: number | undefined; completionTokens: number | undefined }
  | { ok: false; failure: LlmFailure };

const responseFormat = (mode: ResponseMode) =>
  mode === 'json_schema'
    ? ({ type: 'json_schema', json_schema: { name: 'digest', strict: true, schema: modelDigestJsonSchema } } as const)
    : ({ type: 'json_object' } as const);

/**
 * One Chat Completions request, no SDK retries (ours are budget-aware). Never throws: every
 * failure comes back as a value.
 * @see https://platform.openai.com/docs/api-reference/chat/create
 */
export async function requestChat(
  client: OpenAI,
  args: { model: string; messages: readonly ChatMessage[]; mode: ResponseMode; timeoutMs: number; signal: AbortSignal },
): Promise<ChatReply> {
  try {
    const completion = await client.chat.completions.create(
      {
        model: args.model,
        messages: args.messages.map((m) => ({ role: m.role, content: m.content })),
        // No temperature: reasoning models reject any but the default, and 400s here mean something else.
        response_format: responseFormat(args.mode),
      },
      { timeout: args.timeoutMs, signal: args.signal, maxRetries: 0 },
    );
    const choice = completion.choices[0];
    const message = choice?.message;
    if (message?.refusal || choice?.finish_reason === 'content_filter') {
      return { ok: false, failure: { kind: 'refusal', message: message?.refusal ?? 'the content filter stopped the reply' } };
    }
    return {
      ok: true,
      content: message?.content ?? '',
      promptTokens: completion.usage?.prompt_tokens,
      completionTokens: completion.usage?.completion_tokens,
    };
  } catch (e) {
    return { ok: false, failure: translateOpenAiError(e, { schemaMode: args.mode === 'json_schema', deadlinePassed: args.signal.aborted }) };
  }
}
