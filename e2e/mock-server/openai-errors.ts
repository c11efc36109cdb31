// Owns the error responses, with the exact bodies the real OpenAI API sends for each failure.

export interface OpenAiError {
  status: number;
  body: {
    error: { message: string; type: string; param: string | null; code: string | null };
  };
  headers?: Record<string, string>;
}

function openAiError(
  status: number,
  message: string,
  type: string,
  param: string | null,
  code: string | null,
  headers?: Record<string, string>,
): OpenAiError {
  return { status, body: { error: { message, type, param, code } }, headers };
}

// `[mock:401]` reuses this exact body, so a test sees the same error either way.
export function invalidApiKey(): OpenAiError {
  return openAiError(
    401,
    'Incorrect API key provided: wrong-key. You can find your API key at https://platform.openai.com/account/api-keys.',
    'invalid_request_error',
    null,
    'invalid_api_key',
  );
}

export function rateLimited(): OpenAiError {
  return openAiError(
    429,
    'Rate limit reached for requests',
    'requests',
    null,
    'rate_limit_exceeded',
    {
      'retry-after': '1',
    },
  );
}

export function serverError(): OpenAiError {
  return openAiError(
    500,
    'The server had an error while processing your request.',
    'server_error',
    null,
    null,
  );
}

export function invalidRequest(
  message: string,
  param: string | null = null,
  code: string | null = null,
): OpenAiError {
  return openAiError(400, message, 'invalid_request_error', param, code);
}

export function invalidJson(): OpenAiError {
  return invalidRequest(
    'We could not parse the JSON body of your request. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.',
  );
}

export function invalidUrl(method: string, path: string): OpenAiError {
  return openAiError(404, `Invalid URL (${method} ${path})`, 'invalid_request_error', null, null);
}

export function payloadTooLarge(): OpenAiError {
  return openAiError(413, 'Request body too large.', 'invalid_request_error', null, null);
}

/** OpenAI's answer to a request longer than the model's window. */
export function contextLengthExceeded(window: number, prompt: number): OpenAiError {
  return openAiError(
    400,
    `This model's maximum context length is ${window} tokens. However, your messages resulted in ${prompt} tokens. Please reduce the length of the messages.`,
    'invalid_request_error',
    'messages',
    'context_length_exceeded',
  );
}
