// The endpoint settings, stored only in this browser's IndexedDB. They are read through a
// schema because a stored row may come from an older version of Arbor.
import { z } from 'zod';
import { db } from './schema';

const ENDPOINT_KEY = 'endpoint';

export const endpointSettingsSchema = z.object({
  baseURL: z.string().trim().default(''),
  apiKey: z.string().default(''),
  /** The model and system prompt a new chat starts with: the last ones used. */
  model: z.string().trim().default(''),
  systemPrompt: z.string().default(''),
});

export type EndpointSettings = z.infer<typeof endpointSettingsSchema>;

const EMPTY_SETTINGS: EndpointSettings = endpointSettingsSchema.parse({});

/** Parses a stored row, falling back to empty settings when it is missing or unreadable. */
function parseEndpointSettings(value: unknown): EndpointSettings {
  const parsed = endpointSettingsSchema.safeParse(value ?? {});
  if (!parsed.success) console.warn('Stored endpoint settings were unreadable', parsed.error);
  return parsed.success ? parsed.data : EMPTY_SETTINGS;
}

export async function loadEndpointSettings(): Promise<EndpointSettings> {
  return parseEndpointSettings((await db.settings.get(ENDPOINT_KEY))?.value);
}

export async function saveEndpointSettings(changes: Partial<EndpointSettings>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await loadEndpointSettings();
    await db.settings.put({ key: ENDPOINT_KEY, value: { ...current, ...changes } });
  });
}

/** False on the first run, before any settings were saved. */
export async function hasSavedEndpointSettings(): Promise<boolean> {
  return (await db.settings.get(ENDPOINT_KEY)) !== undefined;
}
