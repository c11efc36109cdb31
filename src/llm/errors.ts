// Turns whatever a request threw into plain words: what went wrong and what to do next.
export type FailureKind =
  'auth' | 'rate-limit' | 'server' | 'not-found' | 'bad-request' | 'network' | 'cut' | 'unknown';

export interface Failure {
  kind: FailureKind;
  message: string;
}

/** The reply stream broke or ended before the server said the reply was finished. */
export class StreamCutError extends Error {
  constructor(options?: ErrorOptions) {
    super('The stream ended before the reply was finished.', options);
    this.name = 'StreamCutError';
  }
}

/** No HTTP answer came back at all: a wrong address, a server that is down, or CORS. */
export class UnreachableError extends Error {
  constructor(options?: ErrorOptions) {
    super('The server could not be reached.', options);
    this.name = 'UnreachableError';
  }
}

export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

/** The server's own explanation, from an OpenAI-style error body, when it gave one. */
function serverDetail(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('error' in error)) return '';
  const body = error.error;
  if (
    typeof body === 'object' &&
    body !== null &&
    'message' in body &&
    typeof body.message === 'string'
  ) {
    return body.message;
  }
  return '';
}

function withDetail(message: string, detail: string): string {
  return detail ? `${message} The server said: "${detail}"` : message;
}

export function describeFailure(
  error: unknown,
  baseURL: string,
  streamedAnything: boolean,
): Failure {
  const status = httpStatusOf(error);
  const detail = serverDetail(error);
  if (status === 401 || status === 403) {
    return {
      kind: 'auth',
      message: withDetail(
        `The API key was refused (${status}). Check the API key in Settings, then press Retry.`,
        detail,
      ),
    };
  }
  if (status === 429) {
    return {
      kind: 'rate-limit',
      message: withDetail('Rate limit reached (429). Wait a moment, then press Retry.', detail),
    };
  }
  if (status !== undefined && status >= 500) {
    return {
      kind: 'server',
      message: withDetail(`The model server failed (${status}). Press Retry in a moment.`, detail),
    };
  }
  if (status === 404) {
    return {
      kind: 'not-found',
      message: withDetail('Not found (404). Check the Base URL and the Model in Settings.', detail),
    };
  }
  if (status !== undefined && status >= 400) {
    return {
      kind: 'bad-request',
      message: withDetail(
        `The server refused the request (${status}). Check the Model in Settings.`,
        detail,
      ),
    };
  }
  if (error instanceof StreamCutError || streamedAnything) {
    return {
      kind: 'cut',
      message: withDetail(
        'The connection dropped before the reply finished. Any text that arrived is kept; press Retry for a new reply.',
        serverDetail(error instanceof StreamCutError ? error.cause : error),
      ),
    };
  }
  if (error instanceof UnreachableError) {
    return {
      kind: 'network',
      message: `Could not reach ${baseURL || 'the server'}. Check the Base URL in Settings, that the server is running, and that it allows requests from this page (CORS).`,
    };
  }
  return {
    kind: 'unknown',
    message: `The request failed (${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}). Press Retry.`,
  };
}
