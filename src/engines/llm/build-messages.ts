import type { Article } from '../../core/article.js';
import { fillTemplate, type LoadedPrompts } from './load-prompts.js';
import type { ModelDigest } from './model-output.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Keeps article text from closing the delimiter the prompt puts around it. */
const neutraliseDelimiters = (text: string): string => text.replace(/<(\/?)(article|parts)>/giu, '‹$1$2›');

/** The request for a whole article, or for part `index` (1-based) of `count`. */
export function digestMessages(prompts: LoadedPrompts, article: Article, body: string, part?: { index: number; count: number }): ChatMessage[] {
  const partLine = part ? `This is part ${part.index} of ${part.count} of the article; digest this part only.` : '';
  const user = fillTemplate(prompts.user, {
    title: neutraliseDelimiters(article.title),
    part: partLine,
    article: neutraliseDelimiters(body),
  }).trimStart();
  return [
    { role: 'system', content: prompts.system },
    { role: 'user', content: user },
  ];
}

/** The request merging the parts' digests into one. */
export function reduceMessages(prompts: LoadedPrompts, article: Article, parts: readonly ModelDigest[]): ChatMessage[] {
  const body = parts.map((p, i) => `Part ${i + 1}: ${JSON.stringify(p)}`).join('\n');
  return [
    { role: 'system', content: prompts.system },
    {
      role: 'user',
      content: fillTemplate(prompts.reduce, {
        title: neutraliseDelimiters(article.title),
        count: String(parts.length),
        parts: neutraliseDelimiters(body),
      }),
    },
  ];
}

/** The follow-up asking the model to fix a reply that was not the contract's JSON. */
export function repairMessages(request: readonly ChatMessage[], badReply: string, problem: string): ChatMessage[] {
  return [
    ...request,
    { role: 'assistant', content: badReply.slice(0, 4000) },
    { role: 'user', content: `That reply was ${problem}. Answer again with only the JSON object in the required format.` },
  ];
}
