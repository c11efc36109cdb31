// The last moment of a page: drafts typed too recently to have reached IndexedDB. A page that
// is being unloaded can't finish an IndexedDB write, but it can write localStorage, which is
// synchronous; the next start moves what is stashed here into the drafts table.
import { z } from 'zod/mini';

const STASH_KEY = 'arbor-unsaved-drafts';

export interface PendingDraft {
  text: string;
  /** What this tab last knew to be stored, so clearing never removes another tab's draft. */
  replaces: string;
}

const stashSchema = z.record(z.string(), z.object({ text: z.string(), replaces: z.string() }));

export function readStash(): Record<string, PendingDraft> {
  try {
    const raw = localStorage.getItem(STASH_KEY);
    if (raw === null) return {};
    const parsed = stashSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) console.warn('Ignored unreadable stashed drafts', parsed.error);
    return parsed.success ? parsed.data : {};
  } catch (error) {
    console.warn('Could not read stashed drafts', error);
    return {};
  }
}

/** Adds to what is stashed (another tab may have stashed its own drafts meanwhile). */
export function stashDrafts(pending: Record<string, PendingDraft>): void {
  if (Object.keys(pending).length === 0) return;
  try {
    localStorage.setItem(STASH_KEY, JSON.stringify({ ...readStash(), ...pending }));
  } catch (error) {
    console.warn('Could not stash unsaved drafts', error);
  }
}

export function clearStash(): void {
  try {
    localStorage.removeItem(STASH_KEY);
  } catch (error) {
    console.warn('Could not clear stashed drafts', error);
  }
}
