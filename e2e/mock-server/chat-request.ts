// Owns the shape of a chat completion request: validating the JSON body the way OpenAI does and
// reading the text out of a message's content.
import { invalidRequest, type OpenAiError } from './openai-errors';

const ROLES = ['system', 'user', 'assistant', 'tool', 'developer'] as const;
export type Role = (typeof ROLES)[number];

export interface ChatMessage {
  role: Role;
  content: unknown;
  /** On an assistant message: the calls it made, by id and function name. */
  toolCalls?: { id: string; name: string }[];
  /** On a tool message: the call it answers. */
  toolCallId?: string;
}

/** A function the request offers, with the properties its parameters require. */
export interface OfferedTool {
  name: string;
  parameters: Record<string, unknown>;
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
  tools: OfferedTool[];
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
  const message: ChatMessage = { role: value.role, content };
  if (Array.isArray(value.tool_calls)) {
    message.toolCalls = (value.tool_calls as unknown[]).filter(isRecord).map((call) => ({
      id: String(call.id),
      name: isRecord(call.function) ? String(call.function.name) : '',
    }));
  }
  if (typeof value.tool_call_id === 'string') message.toolCallId = value.tool_call_id;
  return message;
}

/** OpenAI's rule: every call is answered by tool messages right after it, and only calls are. */
function toolPairingError(messages: ChatMessage[]): ParseResult | undefined {
  for (const [index, message] of messages.entries()) {
    if (message.role === 'tool') {
      const answered = messages.slice(0, index).findLast((m) => m.role !== 'tool');
      if (!answered?.toolCalls?.some((call) => call.id === message.toolCallId)) {
        return fail(
          "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
          `messages.[${index}].role`,
          null,
        );
      }
    }
    if (message.toolCalls?.length) {
      const answers = new Set<string | undefined>();
      for (const next of messages.slice(index + 1)) {
        if (next.role !== 'tool') break;
        answers.add(next.toolCallId);
      }
      const missing = message.toolCalls.filter((call) => !answers.has(call.id)).map((c) => c.id);
      if (missing.length > 0) {
        return fail(
          `An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: ${missing.join(', ')}`,
          `messages.[${index}].role`,
          null,
        );
      }
    }
  }
  return undefined;
}

function parseTools(value: unknown): OfferedTool[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).flatMap((tool) => {
    if (!isRecord(tool) || !isRecord(tool.function)) return [];
    const fn = tool.function;
    return [
      {
        name: String(fn.name),
        parameters: isRecord(fn.parameters) ? fn.parameters : {},
      },
    ];
  });
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
  const pairing = toolPairingError(messages);
  if (pairing) return pairing;
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
      tools: parseTools(body.tools),
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
