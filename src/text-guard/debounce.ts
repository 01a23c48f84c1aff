/** A trailing debounce with injectable timers (unit tests drive them by hand). */
export interface Timers {
  set(fn: () => void, ms: number): number;
  clear(id: number): void;
}

export const browserTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms) as unknown as number,
  clear: (id) => clearTimeout(id),
};

export interface Debounced {
  /** (Re)start the wait; `fn` runs once `ms` after the last call. */
  (): void;
  /** Run now if a call is waiting. */
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

export function debounce(fn: () => void, ms: number, timers: Timers = browserTimers): Debounced {
  let id: number | null = null;
  const run = () => {
    id = null;
    fn();
  };
  const call = (() => {
    if (id !== null) timers.clear(id);
    id = timers.set(run, ms);
  }) as Debounced;
  call.flush = () => {
    if (id === null) return;
    timers.clear(id);
    run();
  };
  call.cancel = () => {
    if (id !== null) timers.clear(id);
    id = null;
  };
  Object.defineProperty(call, 'pending', { get: () => id !== null });
  return call;
}
