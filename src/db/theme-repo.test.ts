// The theme choice is kept, and a missing or unreadable row means following the system.
import { afterEach, describe, expect, it } from 'vitest';
import { db } from './schema';
import { loadThemeChoice, saveThemeChoice } from './theme-repo';

afterEach(async () => {
  await db.settings.clear();
});

describe('theme choice', () => {
  it('follows the system until a choice is saved, then keeps the choice', async () => {
    expect(await loadThemeChoice()).toBe('system');
    await saveThemeChoice('dark');
    expect(await loadThemeChoice()).toBe('dark');
  });

  it('reads an unreadable stored row as following the system', async () => {
    await db.settings.put({ key: 'theme', value: { mode: 'purple' } });
    expect(await loadThemeChoice()).toBe('system');
  });
});
