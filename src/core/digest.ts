import { z } from 'zod';

export const quoteSchema = z.object({
  speaker: z.string().min(1),
  role: z.string().nullable(),
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** The digest JSON contract: `tidings digest --format json`, the LLM path and the platforms all produce this. */
export const digestSchema = z.object({
  article: z.object({
    id: z.string().min(1),
    title: z.string(),
    url: z.string().nullable(),
    words: z.number().int().nonnegative(),
  }),
  engine: z.string().min(1),
  tldr: z.string(),
  bullets: z.array(z.string()),
  keyQuotes: z.array(quoteSchema),
  quotes: z.array(quoteSchema),
});

export type Digest = z.infer<typeof digestSchema>;

/** Engine label for digests made by the offline engine. */
export const EXTRACTIVE_ENGINE = 'extractive';
export const llmEngineLabel = (model: string): string => `llm:${model}`;
