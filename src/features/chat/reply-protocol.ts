// The messages between the page and the reply worker. Both sides parse what they receive: a
// message event's data is an outside value like any other.
import { z } from 'zod';
import { toolCallSchema } from '../../db/chat-item-schema';
import type { ReplyOutcome } from '../../db/messages-repo';

export const replyRequestSchema = z.object({
  type: z.literal('reply'),
  sessionId: z.string(),
  assistantId: z.string(),
});

export type ReplyRequest = z.infer<typeof replyRequestSchema>;

const outcomeSchema = z.object({
  content: z.string(),
  status: z.enum(['done', 'stopped', 'error', 'interrupted']),
  usage: z
    .object({
      prompt_tokens: z.number().optional(),
      completion_tokens: z.number().optional(),
      total_tokens: z.number().optional(),
    })
    .optional(),
  tool_calls: z.array(toolCallSchema).optional(),
  error: z.string().optional(),
});

export const workerMessageSchema = z.discriminatedUnion('type', [
  /** The whole text so far. */
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('finished'), outcome: outcomeSchema }),
]);

export type WorkerMessage =
  { type: 'text'; text: string } | { type: 'finished'; outcome: ReplyOutcome };
