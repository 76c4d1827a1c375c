import type { Article } from '../../core/article.js';
import { countTokens } from './count-tokens.js';
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

/** Part digests as the reduce prompt shows them, cut down (fewer bullets and quotes, then TL;DRs only) to fit `maxTokens`. */
function partsBody(parts: readonly ModelDigest[], maxTokens: number): string {
  const render = (shrink: (p: ModelDigest) => unknown): string => parts.map((p, i) => `Part ${i + 1}: ${JSON.stringify(shrink(p))}`).join('\n');
  const full = render((p) => p);
  if (countTokens(full) <= maxTokens) return full;
  const shorter = render((p) => ({ tldr: p.tldr, bullets: p.bullets.slice(0, 2), quotes: p.quotes.slice(0, 2) }));
  if (countTokens(shorter) <= maxTokens) return shorter;
  return render((p) => ({ tldr: p.tldr }));
}

/** The request merging the parts' digests into one, its parts section kept within `maxTokens`. */
export function reduceMessages(prompts: LoadedPrompts, article: Article, parts: readonly ModelDigest[], maxTokens: number): ChatMessage[] {
  return [
    { role: 'system', content: prompts.system },
    {
      role: 'user',
      content: fillTemplate(prompts.reduce, {
        title: neutraliseDelimiters(article.title),
        count: String(parts.length),
        parts: neutraliseDelimiters(partsBody(parts, maxTokens)),
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
