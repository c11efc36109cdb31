// Turns whatever a request threw into plain words: what went wrong and what to do next.

/** The reply stream broke or ended before the server said the reply was finished. */
export class StreamCutError extends Error {
  constructor(options?: ErrorOptions) {
    super('The stream ended before the reply was finished.', options);
    this.name = 'StreamCutError';
  }
}

/** The chat can't be sent yet (no provider, no model); the message says what to do. */
export class ChatSetupError extends Error {
  override name = 'ChatSetupError';
}

/** The newest message alone can't fit in the model's window, so nothing was sent. */
export class TooLongToSendError extends ChatSetupError {
  override name = 'TooLongToSendError';
}

/** Whether the chat failed for being too long for its model, before or after sending. */
export function isTooLong(error: unknown): boolean {
  return error instanceof TooLongToSendError || tooLongOf(error) !== undefined;
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

export interface TooLong {
  /** The window the server named, when it named one. */
  window?: number;
  /** The tokens the server counted in the request, when it said. */
  counted?: number;
}

/**
 * Whether the server refused the request as longer than the model's window: OpenAI's 400
 * with code context_length_exceeded, or the same words from a server that copies them.
 */
export function tooLongOf(error: unknown): TooLong | undefined {
  if (httpStatusOf(error) !== 400) return undefined;
  const detail = serverDetail(error);
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const window = /maximum context length is (\d+)/i.exec(detail)?.[1];
  if (code !== 'context_length_exceeded' && window === undefined) return undefined;
  const counted = /(?:resulted in|requested) (\d+) tokens/i.exec(detail)?.[1];
  return {
    ...(window ? { window: Number(window) } : {}),
    ...(counted ? { counted: Number(counted) } : {}),
  };
}

function withDetail(message: string, detail: string): string {
  return detail ? `${message} The server said: "${detail}"` : message;
}

/** What went wrong, in plain words, and what to do next. */
export function describeFailure(
  error: unknown,
  baseURL: string,
  streamedAnything: boolean,
): string {
  if (error instanceof ChatSetupError) return error.message;
  if (tooLongOf(error)) {
    return withDetail(
      'The chat is still too long for this model after Arbor left out older messages. Summarize and continue in a new chat, or set a smaller context limit in Chat settings.',
      serverDetail(error),
    );
  }
  const status = httpStatusOf(error);
  const detail = serverDetail(error);
  if (status === 401 || status === 403) {
    return withDetail(
      `The API key was refused (${status}). Check the API key in Settings, then press Retry.`,
      detail,
    );
  }
  if (status === 429) {
    return withDetail('Rate limit reached (429). Wait a moment, then press Retry.', detail);
  }
  if (status !== undefined && status >= 500) {
    return withDetail(`The model server failed (${status}). Press Retry in a moment.`, detail);
  }
  if (status === 404) {
    return withDetail(
      'Not found (404). Check the Base URL in Settings and the chat model in the chat header.',
      detail,
    );
  }
  if (status !== undefined && status >= 400) {
    return withDetail(
      `The server refused the request (${status}). Check the chat model in the chat header.`,
      detail,
    );
  }
  if (error instanceof StreamCutError || streamedAnything) {
    return withDetail(
      'The connection dropped before the reply finished. Any text that arrived is kept; press Retry for a new reply.',
      serverDetail(error instanceof StreamCutError ? error.cause : error),
    );
  }
  if (error instanceof UnreachableError) {
    return `Could not reach ${baseURL || 'the server'}. Check the Base URL in Settings, that the server is running, and that it allows requests from this page (CORS).`;
  }
  return `The request failed (${(error instanceof Error ? error.message : String(error)).replace(/\.$/, '')}). Press Retry.`;
}
