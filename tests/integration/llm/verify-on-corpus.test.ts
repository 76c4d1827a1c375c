import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/core/article.js';
import { isVerbatim } from '../../../src/core/quote.js';
import { digestExtractively } from '../../../src/engines/extractive/extractive-summarizer.js';
import { extractiveSpeakerView } from '../../../src/engines/llm/extractive-speaker-view.js';
import { verifyDigest } from '../../../src/engines/llm/verify-digest.js';
import { corpusPath } from '../../support/corpus.js';

describe('verification on real news (PolNeAR, first 100 articles)', () => {
  it('lets through every real quote a model could copy (marks straightened) and every sentence of the article', () => {
    const dir = corpusPath('polnear', 'train', 'text');
    let quotes = 0;
    let kept = 0;
    const reasons = new Map<string, number>();
    for (const file of readdirSync(dir).sort().slice(0, 100)) {
      const parts = readFileSync(join(dir, file), 'utf8').split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean);
      const article = buildArticle({ title: parts[0] ?? '', source: file, blocks: parts.slice(1).map((text) => ({ kind: 'paragraph' as const, text })) });
      const extractive = digestExtractively(article);
      // A model that copied well: the extractive engine's own quotes with straight marks, its sentences as bullets.
      const model = {
        tldr: extractive.digest.tldr,
        bullets: extractive.digest.bullets,
        quotes: extractive.quotes.map((q) => ({ speaker: q.speaker, text: q.text.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'") })),
      };
      const r = verifyDigest(article, extractiveSpeakerView(article), model, { tldr: '', bullets: [] });
      quotes += extractive.quotes.length;
      kept += r.quotes.length;
      for (const d of r.dropped) reasons.set(d.reason, (reasons.get(d.reason) ?? 0) + 1);
      for (const q of r.quotes) {
        expect(isVerbatim(article.text, q)).toBe(true);
        const same = extractive.quotes.find((e) => e.start === q.start && e.end === q.end);
        if (same) expect(q.speaker).toBe(same.speaker);
      }
      expect(r.bullets).toEqual(extractive.digest.bullets);
      expect(r.tldr).toBe(extractive.digest.tldr);
    }
    expect(quotes).toBeGreaterThan(500);
    // The only quotes dropped are repeats: the same words quoted twice in one article map to one span.
    expect([...reasons.keys()].filter((k) => k !== 'quote_duplicate')).toEqual([]);
    expect(kept + (reasons.get('quote_duplicate') ?? 0)).toBe(quotes);
  });
});
