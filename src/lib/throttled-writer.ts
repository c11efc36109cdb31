// Writes the latest value at most once per interval, and once more on flush. Used for
// streamed text, which must never be written once per token.
export interface ThrottledWriter<T> {
  push: (value: T) => void;
  /** Waits for any write under way, then writes the latest value if it was not written yet. */
  flush: () => Promise<void>;
}

export function createThrottledWriter<T>(
  write: (value: T) => Promise<void>,
  intervalMs: number,
  onError: (error: unknown) => void,
): ThrottledWriter<T> {
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> = Promise.resolve();

  const writeNow = (): Promise<void> => {
    timer = undefined;
    const next = pending;
    pending = undefined;
    if (!next) return inFlight;
    inFlight = inFlight.then(() => write(next.value)).catch(onError);
    return inFlight;
  };

  return {
    push(value) {
      pending = { value };
      timer ??= setTimeout(() => void writeNow(), intervalMs);
    },
    async flush() {
      if (timer !== undefined) clearTimeout(timer);
      await writeNow();
    },
  };
}
