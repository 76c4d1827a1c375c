import { z } from 'zod';

/** The parts of JSON Feed 1.0/1.1 (https://www.jsonfeed.org/version/1.1/) Tidings reads. */
const jsonFeedSchema = z.object({
  version: z.string().regex(/^https:\/\/jsonfeed\.org\/version\//u),
  title: z.string().optional(),
  items: z.array(
    z.object({
      id: z.union([z.string(), z.number()]).transform(String),
      url: z.string().optional(),
      external_url: z.string().optional(),
      title: z.string().optional(),
      content_html: z.string().optional(),
      content_text: z.string().optional(),
      summary: z.string().optional(),
      date_published: z.string().optional(),
      date_modified: z.string().optional(),
    }),
  ),
});

export type JsonFeed = z.infer<typeof jsonFeedSchema>;

/** Whether a JSON document says it is a JSON Feed (so other JSON is "not a feed", not "a broken feed"). */
export function looksLikeJsonFeed(json: unknown): boolean {
  return typeof json === 'object' && json !== null && typeof (json as { version?: unknown }).version === 'string' && String((json as { version: string }).version).includes('jsonfeed.org');
}

/** Validates a JSON Feed; the reason names the first field that is wrong. */
export function parseJsonFeed(json: unknown): { ok: true; feed: JsonFeed } | { ok: false; reason: string } {
  const parsed = jsonFeedSchema.safeParse(json);
  if (parsed.success) return { ok: true, feed: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `${issue?.path.join('.') || 'feed'}: ${issue?.message ?? 'invalid'}` };
}
