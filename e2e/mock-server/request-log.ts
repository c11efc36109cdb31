// Owns the record of received chat completion requests that tests read via GET /__requests.

export interface LoggedRequest {
  body: unknown;
  headers: { authorization: string | null };
  /** The client closed the connection before the answer was complete (e.g. Stop). */
  clientLeft: boolean;
}

export interface RequestLog {
  /** Keeps the entry and returns it, so how the exchange ended can be added to it. */
  record(entry: LoggedRequest): LoggedRequest;
  list(): LoggedRequest[];
  clear(): void;
}

// Bounded so a demo server left running for days does not grow without limit.
const MAX_ENTRIES = 1000;

export function createRequestLog(): RequestLog {
  let entries: LoggedRequest[] = [];
  return {
    record(entry) {
      entries.push(entry);
      if (entries.length > MAX_ENTRIES) entries = entries.slice(-MAX_ENTRIES);
      return entry;
    },
    list: () => [...entries],
    clear() {
      entries = [];
    },
  };
}
