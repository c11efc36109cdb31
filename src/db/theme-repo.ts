// The colour theme the user chose: follow the system, or always light or dark. Kept in the
// settings table of this browser only, and read through a schema like every stored value.
import { z } from 'zod/mini';
import { db } from './schema';

const THEME_KEY = 'theme';

export const themeChoiceSchema = z.enum(['system', 'light', 'dark']);
export type ThemeChoice = z.infer<typeof themeChoiceSchema>;

/** The stored choice; 'system' when none was made or the row is unreadable. */
export async function loadThemeChoice(): Promise<ThemeChoice> {
  const parsed = themeChoiceSchema.safeParse((await db.settings.get(THEME_KEY))?.value);
  return parsed.success ? parsed.data : 'system';
}

export async function saveThemeChoice(choice: ThemeChoice): Promise<void> {
  await db.settings.put({ key: THEME_KEY, value: choice });
}
