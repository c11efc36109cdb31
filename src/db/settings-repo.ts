// What a new chat starts with: the provider and model used last, and the system prompt. Stored
// only in this browser's IndexedDB and read through a schema, because a stored row may come
// from an older version of Arbor.
import { z } from 'zod/mini';
import { db } from './schema';
import { NEW_CHAT_KEY } from './upgrade-to-providers';

export const newChatDefaultsSchema = z.object({
  providerId: z.optional(z.string()),
  model: z._default(z.string().check(z.trim()), ''),
  systemPrompt: z._default(z.string(), ''),
});

export type NewChatDefaults = z.infer<typeof newChatDefaultsSchema>;

const EMPTY: NewChatDefaults = newChatDefaultsSchema.parse({});

/** Parses a stored row, falling back to empty defaults when it is missing or unreadable. */
function parseDefaults(value: unknown): NewChatDefaults {
  const parsed = newChatDefaultsSchema.safeParse(value ?? {});
  if (!parsed.success) console.warn('Stored new-chat defaults were unreadable', parsed.error);
  return parsed.success ? parsed.data : EMPTY;
}

export async function loadNewChatDefaults(): Promise<NewChatDefaults> {
  return parseDefaults((await db.settings.get(NEW_CHAT_KEY))?.value);
}

export async function saveNewChatDefaults(changes: Partial<NewChatDefaults>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await loadNewChatDefaults();
    await db.settings.put({ key: NEW_CHAT_KEY, value: { ...current, ...changes } });
  });
}

/** False on the first run: Arbor was never set up in this browser (no provider was ever added). */
export async function isSetUp(): Promise<boolean> {
  return (await db.settings.get(NEW_CHAT_KEY)) !== undefined;
}
