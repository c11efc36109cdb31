// The messages between the page and the fork worker. Both sides parse what they receive: a
// message event's data is an outside value like any other.
import { z } from 'zod';

export const forkRequestSchema = z.object({
  type: z.literal('fork'),
  sourceId: z.string(),
  messageId: z.string(),
});

export type ForkRequest = z.infer<typeof forkRequestSchema>;

export const forkReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('forked'), forkId: z.string() }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);

export type ForkReply = z.infer<typeof forkReplySchema>;
