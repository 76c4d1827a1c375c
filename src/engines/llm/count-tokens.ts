import { Tiktoken } from 'js-tiktoken/lite';
import o200kBase from 'js-tiktoken/ranks/o200k_base';

let encoder: Tiktoken | undefined;

/** Tokens in `text` under o200k_base (the GPT-4o/4.1 family); the encoder loads once, on first use. */
export function countTokens(text: string): number {
  encoder ??= new Tiktoken(o200kBase);
  return encoder.encode(text).length;
}

/** Tokens a chat request's messages cost: content plus the per-message framing OpenAI documents. */
export function countChatTokens(messages: ReadonlyArray<{ content: string }>): number {
  return messages.reduce((sum, m) => sum + 4 + countTokens(m.content), 3);
}
