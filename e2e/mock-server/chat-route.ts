// Owns POST /v1/chat/completions: logging the request, checking the key and body, obeying the
// directives, and answering with a completion or a stream.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRejectedKey } from './auth';
import { contextError } from './context-check';
import { messageText, parseChatRequest, type ChatRequest } from './chat-request';
import { completionObject, newMeta, usageFor } from './completion';
import { readDirectives, type Directives } from './directives';
import { readBody, sendError, sendJson } from './http-io';
import { acceptsJsonSchema } from './models';
import {
  invalidApiKey,
  invalidRequest,
  invalidJson,
  rateLimited,
  serverError,
  type OpenAiError,
} from './openai-errors';
import { jsonReply } from './json-replies';
import { MOCK_REASONING, replyText } from './replies';
import type { RequestLog } from './request-log';
import { createPacer, writeEventStream } from './sse';
import { streamEvents } from './stream-events';
import { plannedCalls, toolResultsReply } from './tool-calls';

function directiveError(status: Directives['errorStatus']): OpenAiError | null {
  switch (status) {
    case 401:
      return invalidApiKey();
    case 429:
      return rateLimited();
    case 500:
      return serverError();
    case null:
      return null;
  }
}

function directivesOf(request: ChatRequest): Directives {
  const lastUser = request.messages.findLast((message) => message.role === 'user');
  return readDirectives(messageText(lastUser?.content)).directives;
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

export async function handleChatCompletion(
  req: IncomingMessage,
  res: ServerResponse,
  log: RequestLog,
  acceptedKey?: string,
): Promise<void> {
  const raw = await readBody(req);
  const json = parseJson(raw);
  const entry = log.record({
    body: json.ok ? json.value : raw,
    headers: { authorization: req.headers.authorization ?? null },
    clientLeft: false,
  });
  res.on('close', () => {
    if (!res.writableFinished) entry.clientLeft = true;
  });

  if (isRejectedKey(req, acceptedKey)) return sendError(res, invalidApiKey());
  if (!json.ok) return sendError(res, invalidJson());
  const parsed = parseChatRequest(json.value);
  if (!parsed.ok) return sendError(res, parsed.error);
  const { request } = parsed;
  const tooLong = contextError(request);
  if (tooLong) return sendError(res, tooLong);
  if (request.responseFormat.type === 'json_schema' && !acceptsJsonSchema(request.model)) {
    return sendError(
      res,
      invalidRequest(
        "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
        'response_format',
        null,
      ),
    );
  }

  const directives = directivesOf(request);
  const error = directiveError(directives.errorStatus);
  if (error) return sendError(res, error);

  const format = request.responseFormat;
  const planned = plannedCalls(directives, request.messages, request.tools);
  const toolCalls = typeof planned === 'string' ? [] : planned;
  const reply =
    typeof planned === 'string'
      ? planned
      : toolCalls.length > 0
        ? ''
        : format.type === 'text'
          ? (toolResultsReply(request.messages) ?? replyText(directives.reply, request.messages))
          : jsonReply(format, request.messages, directives.json);
  const meta = newMeta(request.model);
  const usage = usageFor(request.messages, reply);

  if (request.stream) {
    const events = streamEvents(meta, reply, usage, {
      includeUsage: request.includeUsage && !directives.noUsage,
      cut: directives.cut,
      wordPerChunk: directives.reply.kind === 'tokens',
      ...(directives.reasoning ? { reasoning: MOCK_REASONING } : {}),
      toolCalls,
    });
    await writeEventStream(res, { events, delayMs: directives.delayMs, cut: directives.cut });
    return;
  }

  // Without streaming, `slow` delays the whole answer and `cut` drops the connection unanswered.
  const pacer = createPacer(res);
  await pacer.wait(directives.delayMs);
  if (pacer.closed) return;
  if (directives.cut) {
    res.destroy();
    return;
  }
  sendJson(res, 200, completionObject(meta, reply, usage, toolCalls));
}
