// Owns the record of received chat completion requests that tests read via GET /__requests.

export interface LoggedRequest {
  body: unknown;
  headers: { authorization: string | null };
}

export interface RequestLog {
  record(entry: LoggedRequest): void;
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
    },
    list: () => [...entries],
    clear() {
      entries = [];
    },
  };
}
