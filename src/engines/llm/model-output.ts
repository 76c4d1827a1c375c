import { z } from 'zod';

/** The prompt contract: what the model must answer, and nothing else. */
export const modelDigestSchema = z
  .object({
    tldr: z.string(),
    bullets: z.array(z.string()),
    quotes: z.array(z.object({ speaker: z.string(), text: z.string() }).strict()),
  })
  .strict();

export type ModelDigest = z.infer<typeof modelDigestSchema>;

/** The same contract as JSON Schema for `response_format: json_schema` (strict mode). */
export const modelDigestJsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['tldr', 'bullets', 'quotes'],
  properties: {
    tldr: { type: 'string', description: 'One or two sentences: the news in brief.' },
    bullets: { type: 'array', items: { type: 'string' }, description: 'Three to five key points.' },
    quotes: {
      type: 'array',
      description: 'Direct quotes copied character for character from the article.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['speaker', 'text'],
        properties: { speaker: { type: 'string' }, text: { type: 'string' } },
      },
    },
  },
} as const;

export type ParsedModelOutput = { ok: true; digest: ModelDigest } | { ok: false; problem: string };

/** Parses the model's message content: JSON (a ```json fence tolerated), then the contract. */
export function parseModelOutput(content: string): ParsedModelOutput {
  const body = content.trim().replace(/^```(?:json)?\s*|\s*```$/gu, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return { ok: false, problem: `not valid JSON (${(e as Error).message})` };
  }
  const parsed = modelDigestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `JSON does not match the contract (${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'unknown'})` };
  }
  return { ok: true, digest: parsed.data };
}
