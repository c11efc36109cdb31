// Reading and clearing the mock OpenAI server's log of chat requests (GET/DELETE /__requests),
// so a test can check what the app actually sent, not only what it shows.
import { z } from 'zod';

export const MOCK_URL = 'http://localhost:4010';
export const MOCK_BASE_URL = `${MOCK_URL}/v1`;

/** A text part of a multi-part content array; other parts carry no text. */
const contentSchema = z.union([
  z.string(),
  z.null(),
  z.array(z.object({ type: z.string(), text: z.string().optional() })),
]);

const loggedRequestSchema = z.object({
  body: z.object({
    model: z.string(),
    stream: z.boolean().optional(),
    temperature: z.number().optional(),
    max_tokens: z.number().optional(),
    response_format: z.unknown().optional(),
    messages: z.array(z.object({ role: z.string(), content: contentSchema.optional() })),
  }),
  headers: z.object({ authorization: z.string().nullable() }),
  clientLeft: z.boolean(),
});

const logSchema = z.object({ requests: z.array(loggedRequestSchema) });

export interface SentMessage {
  role: string;
  content: string;
}

export interface ChatRequest {
  model: string;
  temperature: number | undefined;
  maxTokens: number | undefined;
  responseFormat: unknown;
  stream: boolean;
  authorization: string | null;
  messages: SentMessage[];
  /** The app closed the connection before the answer was complete. */
  clientLeft: boolean;
}

function textOf(content: z.infer<typeof contentSchema> | undefined): string {
  if (content === undefined || content === null) return '';
  if (typeof content === 'string') return content;
  return content.map((part) => part.text ?? '').join('');
}

/**
 * The chat requests the mock received, oldest first. With `marker`, only those whose last user
 * message contains it: other engineers' runs may share the same mock server and its log.
 */
export async function mockRequests(marker?: string): Promise<ChatRequest[]> {
  const response = await fetch(`${MOCK_URL}/__requests`);
  if (!response.ok) throw new Error(`GET /__requests answered ${response.status}`);
  const { requests } = logSchema.parse(await response.json());
  const all = requests.map(({ body, headers, clientLeft }) => ({
    model: body.model,
    temperature: body.temperature,
    maxTokens: body.max_tokens,
    responseFormat: body.response_format,
    stream: body.stream ?? false,
    authorization: headers.authorization,
    messages: body.messages.map((m) => ({ role: m.role, content: textOf(m.content) })),
    clientLeft,
  }));
  if (marker === undefined) return all;
  return all.filter((request) =>
    request.messages.findLast((m) => m.role === 'user')?.content.includes(marker),
  );
}

export async function clearMockRequests(): Promise<void> {
  const response = await fetch(`${MOCK_URL}/__requests`, { method: 'DELETE' });
  if (!response.ok) throw new Error(`DELETE /__requests answered ${response.status}`);
}

/** The roles of a request's messages, e.g. "system, user", the way the mock's reply lists them. */
export function rolesOf(request: ChatRequest | undefined): string {
  return request?.messages.map((m) => m.role).join(', ') ?? '';
}

/** A short id that makes a test's messages unique in a shared mock log. */
export function uniqueMarker(): string {
  return Math.random().toString(36).slice(2, 8);
}
