import { describe, expect, it } from 'vitest';
import { createKeyedLimiter } from '../../../src/feeds/keyed-limiter.js';

describe('per-host limit', () => {
  it('runs at most the limit at once per host, other hosts unaffected, every task run', async () => {
    const limit = createKeyedLimiter(2);
    const active = new Map<string, number>();
    const peak = new Map<string, number>();
    const done: string[] = [];
    const task = (host: string, i: number) =>
      limit(host, async () => {
        active.set(host, (active.get(host) ?? 0) + 1);
        peak.set(host, Math.max(peak.get(host) ?? 0, active.get(host) ?? 0));
        await new Promise((r) => setTimeout(r, 5));
        active.set(host, (active.get(host) ?? 0) - 1);
        done.push(`${host}${i}`);
      });
    await Promise.all([...Array.from({ length: 7 }, (_, i) => task('a.example', i)), ...Array.from({ length: 3 }, (_, i) => task('b.example', i))]);
    expect(peak.get('a.example')).toBe(2);
    expect(peak.get('b.example')).toBe(2);
    expect(done).toHaveLength(10);
  });

  it('frees the slot when a task fails', async () => {
    const limit = createKeyedLimiter(1);
    await expect(limit('h', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit('h', async () => 'ran')).toBe('ran');
  });
});
