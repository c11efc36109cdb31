// What the page and a worker say to each other (connect.ts is the page's side, serve.ts
// the worker's): calls and cancels one way; being alive, events, results and errors the other.
import { z } from 'zod/mini';

/**
 * An error's name and what it wraps (Dexie's `inner`, or `cause`) cross with its message, so the
 * page can tell a full disk in the worker from any other failure.
 */
const errorCause = z.object({ name: z.string(), message: z.string() });
const errorNames = z.object({
  name: z.optional(z.string()),
  cause: z.optional(errorCause),
});

export function namesOf(error: unknown): z.infer<typeof errorNames> {
  if (!(error instanceof Error)) return {};
  // A DOMException is not always an Error (jsdom's isn't), so what it wrapped is read by shape.
  const wrapped = errorCause.safeParse('inner' in error && error.inner ? error.inner : error.cause);
  return { name: error.name, ...(wrapped.success ? { cause: wrapped.data } : {}) };
}

/** The worker's error as the page sees it: its message, name and what it wrapped. */
export function rebuiltError({
  message,
  name,
  cause,
}: { message: string } & z.infer<typeof errorNames>): Error {
  const error: Error = new Error(message, cause ? { cause: rebuiltError(cause) } : undefined);
  if (name) error.name = name;
  return error;
}

// Both sides are the same build of Arbor, so the payloads are typed by the API; the envelope is
// still checked, since a message event's data is an outside value.
export const toWorkerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('call'), id: z.number(), method: z.string(), args: z.unknown() }),
  z.object({ kind: z.literal('cancel'), id: z.number() }),
]);

export const toPageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('alive') }),
  z.object({ kind: z.literal('event'), id: z.number(), event: z.unknown() }),
  z.object({ kind: z.literal('result'), id: z.number(), result: z.unknown() }),
  z.object({
    kind: z.literal('error'),
    id: z.number(),
    message: z.string(),
    ...errorNames.shape,
  }),
]);

export type ToWorker = z.infer<typeof toWorkerSchema>;
export type ToPage = z.infer<typeof toPageSchema>;
