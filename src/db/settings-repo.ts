// Arbor's settings: the endpoint it talks to (base URL and API key) and what a new chat starts
// with (model and system prompt). Stored only in this browser's IndexedDB, under the key
// 'endpoint' that the first version gave the row, and read through a schema because a stored
// row may come from an older version of Arbor.
import { z } from 'zod';
import { db } from './schema';

const SETTINGS_KEY = 'endpoint';

export const settingsSchema = z.object({
  baseURL: z.string().trim().default(''),
  apiKey: z.string().default(''),
  /** The model and system prompt a new chat starts with: the last ones used. */
  model: z.string().trim().default(''),
  systemPrompt: z.string().default(''),
});

export type Settings = z.infer<typeof settingsSchema>;

/** Where requests go and the key they carry. */
export type Endpoint = Pick<Settings, 'baseURL' | 'apiKey'>;

const EMPTY_SETTINGS: Settings = settingsSchema.parse({});

/** Parses a stored row, falling back to empty settings when it is missing or unreadable. */
function parseSettings(value: unknown): Settings {
  const parsed = settingsSchema.safeParse(value ?? {});
  if (!parsed.success) console.warn('Stored settings were unreadable', parsed.error);
  return parsed.success ? parsed.data : EMPTY_SETTINGS;
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings((await db.settings.get(SETTINGS_KEY))?.value);
}

export async function saveSettings(changes: Partial<Settings>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await loadSettings();
    await db.settings.put({ key: SETTINGS_KEY, value: { ...current, ...changes } });
  });
}

/** False on the first run, before any settings were saved. */
export async function hasSavedSettings(): Promise<boolean> {
  return (await db.settings.get(SETTINGS_KEY)) !== undefined;
}
