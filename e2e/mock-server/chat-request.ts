// Owns the shape of a chat completion request: validating the JSON body the way OpenAI does and
// reading the text out of a message's content.
import { invalidRequest, type OpenAiError } from './openai-errors';

const ROLES = ['system', 'user', 'assistant', 'tool', 'developer'] as const;
export type Role = (typeof ROLES)[number];

export interface ChatMessage {
  role: Role;
  content: unknown;
}

export type ResponseFormat =
  { type: 'text' } | { type: 'json_object' } | { type: 'json_schema'; schema: unknown };

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  stream: boolean;
  includeUsage: boolean;
  maxTokens?: number;
  responseFormat: ResponseFormat;
}

export type ParseResult = { ok: true; request: ChatRequest } | { ok: false; error: OpenAiError };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

function fail(message: string, param: string | null, code: string | null): ParseResult {
  return { ok: false, error: invalidRequest(message, param, code) };
}

function parseMessage(value: unknown, index: number): ChatMessage | ParseResult {
  const param = `messages[${index}]`;
  if (!isRecord(value)) {
    return fail(`Invalid type for '${param}': expected an object.`, param, 'invalid_type');
  }
  if (!isRole(value.role)) {
    const shown = typeof value.role === 'string' ? `'${value.role}'` : String(value.role);
    return fail(
      `Invalid value: ${shown}. Supported values are: 'system', 'assistant', 'user', 'tool', and 'developer'.`,
      `${param}.role`,
      'invalid_value',
    );
  }
  const content = value.content;
  if (content !== undefined && content !== null && typeof content !== 'string') {
    if (!Array.isArray(content)) {
      return fail(
        `Invalid type for '${param}.content': expected one of a string or array of objects.`,
        `${param}.content`,
        'invalid_type',
      );
    }
  }
  return { role: value.role, content };
}

export function parseChatRequest(body: unknown): ParseResult {
  if (!isRecord(body)) return fail('The request body must be a JSON object.', null, null);
  if (typeof body.model !== 'string' || body.model === '') {
    return fail('you must provide a model parameter', null, null);
  }
  if (!Array.isArray(body.messages)) {
    return fail(
      "Missing required parameter: 'messages'.",
      'messages',
      'missing_required_parameter',
    );
  }
  if (body.messages.length === 0) {
    return fail(
      "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      'messages',
      'empty_array',
    );
  }
  const messages: ChatMessage[] = [];
  for (const [index, raw] of (body.messages as unknown[]).entries()) {
    const parsed = parseMessage(raw, index);
    if ('ok' in parsed) return parsed;
    messages.push(parsed);
  }
  const format = parseResponseFormat(body.response_format, messages);
  if ('ok' in format) return format;
  const streamOptions = body.stream_options;
  return {
    ok: true,
    request: {
      model: body.model,
      messages,
      stream: body.stream === true,
      includeUsage: isRecord(streamOptions) && streamOptions.include_usage === true,
      ...(typeof body.max_tokens === 'number' ? { maxTokens: body.max_tokens } : {}),
      responseFormat: format,
    },
  };
}

/** `response_format` checked as OpenAI checks it, including its rule for `json_object`. */
function parseResponseFormat(
  value: unknown,
  messages: ChatMessage[],
): ResponseFormat | ParseResult {
  if (value === undefined || value === null) return { type: 'text' };
  if (!isRecord(value)) {
    return fail(
      "Invalid type for 'response_format': expected an object, but got a string instead.",
      'response_format',
      'invalid_type',
    );
  }
  switch (value.type) {
    case 'text':
      return { type: 'text' };
    case 'json_object': {
      const asksForJson = messages.some((m) => /json/i.test(messageText(m.content)));
      if (asksForJson) return { type: 'json_object' };
      return fail(
        "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
        'messages',
        null,
      );
    }
    case 'json_schema': {
      const spec = value.json_schema;
      if (!isRecord(spec) || typeof spec.name !== 'string') {
        return fail(
          "Missing required parameter: 'response_format.json_schema.name'.",
          'response_format.json_schema.name',
          'missing_required_parameter',
        );
      }
      return { type: 'json_schema', schema: spec.schema };
    }
    default:
      return fail(
        `Invalid value: '${String(value.type)}'. Supported values are: 'text', 'json_object', and 'json_schema'.`,
        'response_format.type',
        'invalid_value',
      );
  }
}

/** The text of a message: the string itself, or its text parts joined with newlines. */
export function messageText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return (content as unknown[])
    .filter((part): part is { type: 'text'; text: string } => {
      return isRecord(part) && part.type === 'text' && typeof part.text === 'string';
    })
    .map((part) => part.text)
    .join('\n');
}
