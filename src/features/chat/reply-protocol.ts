// The messages between the page and the reply worker. Both sides parse what they receive: a
// message event's data is an outside value like any other.
import { z } from 'zod';
import type { ReplyOutcome } from '../../db/messages-repo';
import type { ToolCall, Usage } from '../../db/types';

export const replyRequestSchema = z.object({
  type: z.literal('reply'),
  sessionId: z.string(),
  assistantId: z.string(),
});

export type ReplyRequest = z.infer<typeof replyRequestSchema>;

// The outcome is built by Arbor's own code in the worker, so only its shape is checked: the
// usage and tool calls go on exactly as the server sent them.
const outcomeSchema = z.object({
  content: z.string(),
  status: z.enum(['done', 'stopped', 'error', 'interrupted']),
  usage: z.custom<Usage>((value) => typeof value === 'object' && value !== null).optional(),
  tool_calls: z.custom<ToolCall[]>((value) => Array.isArray(value)).optional(),
  error: z.string().optional(),
});

export const workerMessageSchema = z.discriminatedUnion('type', [
  /** Text added to the reply since the last message; the page puts it together. */
  z.object({ type: z.literal('more'), text: z.string() }),
  z.object({ type: z.literal('finished'), outcome: outcomeSchema }),
]);

export type WorkerMessage =
  { type: 'more'; text: string } | { type: 'finished'; outcome: ReplyOutcome };
