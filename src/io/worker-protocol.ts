// The messages between the app and its workers (import and export). Both sides parse what
// they receive: a message event's data is an outside value like any other.
import { z } from 'zod';

export const workerRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('load'), files: z.array(z.instanceof(Blob)) }),
  z.object({ type: z.literal('commit') }),
]);

export type WorkerRequest = z.infer<typeof workerRequestSchema>;

const progressSchema = z.object({
  stage: z.enum(['reading', 'parsing', 'checking', 'writing']),
  file: z.string(),
  done: z.number(),
  total: z.number(),
});

export const summarySchema = z.object({
  files: z.array(z.object({ name: z.string(), format: z.string().nullable() })),
  added: z.array(
    z.object({
      sessionId: z.string(),
      title: z.string(),
      messages: z.number(),
      asCopy: z.boolean(),
    }),
  ),
  duplicates: z.array(z.object({ title: z.string() })),
  rejected: z.array(
    z.object({ where: z.string(), reason: z.string(), file: z.string().optional() }),
  ),
  repairs: z.array(z.string()),
  firstSessionId: z.string().nullable(),
});

export const workerReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: progressSchema }),
  z.object({ type: z.literal('loaded'), summary: summarySchema }),
  z.object({ type: z.literal('committed'), summary: summarySchema }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);

export type WorkerReply = z.infer<typeof workerReplySchema>;

export const exportRequestSchema = z.object({
  type: z.literal('export'),
  sessionIds: z.array(z.string()).optional(),
});

export type ExportRequest = z.infer<typeof exportRequestSchema>;

export const exportReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('exported'), file: z.instanceof(Blob), count: z.number() }),
  z.object({ type: z.literal('failed'), message: z.string() }),
]);

export type ExportReply = z.infer<typeof exportReplySchema>;
