/** At most `limit` tasks at once per key (a feed host), the rest queued in order. */
export function createKeyedLimiter(limit: number): <T>(key: string, task: () => Promise<T>) => Promise<T> {
  const active = new Map<string, number>();
  const waiting = new Map<string, Array<() => void>>();
  const release = (key: string) => {
    const next = waiting.get(key)?.shift();
    if (next) return next();
    const n = (active.get(key) ?? 1) - 1;
    if (n === 0) active.delete(key);
    else active.set(key, n);
  };
  return async (key, task) => {
    if ((active.get(key) ?? 0) < limit) active.set(key, (active.get(key) ?? 0) + 1);
    // A released slot is handed straight to the next waiter, so the count stays as it was.
    else await new Promise<void>((resolve) => waiting.set(key, [...(waiting.get(key) ?? []), resolve]));
    try {
      return await task();
    } finally {
      release(key);
    }
  };
}
