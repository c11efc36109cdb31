// Owns the record of received chat completion requests, and of the key every request carried,
// that tests read via GET /__requests.

export interface LoggedRequest {
  body: unknown;
  headers: { authorization: string | null };
  /** The client closed the connection before the answer was complete (e.g. Stop). */
  clientLeft: boolean;
}

/** Any request but a preflight, with the key it carried: what tests check keys against. */
export interface SeenRequest {
  route: string;
  authorization: string | null;
}

export interface RequestLog {
  /** Notes a request of any route and the key it carried. */
  saw(entry: SeenRequest): void;
  seen(): SeenRequest[];
  /** Keeps the entry and returns it, so how the exchange ended can be added to it. */
  record(entry: LoggedRequest): LoggedRequest;
  list(): LoggedRequest[];
  clear(): void;
}

// Bounded so a demo server left running for days does not grow without limit.
const MAX_ENTRIES = 1000;

export function createRequestLog(): RequestLog {
  let entries: LoggedRequest[] = [];
  let seen: SeenRequest[] = [];
  return {
    saw(entry) {
      seen.push(entry);
      if (seen.length > MAX_ENTRIES) seen = seen.slice(-MAX_ENTRIES);
    },
    seen: () => [...seen],
    record(entry) {
      entries.push(entry);
      if (entries.length > MAX_ENTRIES) entries = entries.slice(-MAX_ENTRIES);
      return entry;
    },
    list: () => [...entries],
    clear() {
      entries = [];
      seen = [];
    },
  };
}
