/** At most `limit` holders at once; waiters are served in arrival order. */
export interface Semaphore {
  /** Waits for a slot; resolves to its release function, or rejects when `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<() => void>;
}

export function createSemaphore(limit: number): Semaphore {
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    active -= 1;
    waiting.shift()?.();
  };
  const once = (): (() => void) => {
    let done = false;
    return () => {
      if (!done) {
        done = true;
        release();
      }
    };
  };
  return {
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (active < limit) {
        active += 1;
        return Promise.resolve(once());
      }
      return new Promise((resolve, reject) => {
        const grant = (): void => {
          signal?.removeEventListener('abort', onAbort);
          active += 1;
          resolve(once());
        };
        const onAbort = (): void => {
          const i = waiting.indexOf(grant);
          if (i >= 0) waiting.splice(i, 1);
          reject(signal?.reason);
        };
        waiting.push(grant);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
  };
}
