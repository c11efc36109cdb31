// Drafts typed in the message box are saved per chat, come back in a fresh page, and an old
// saved draft never replaces text typed before loading finished.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readStash } from '../db/draft-stash';
import { loadDrafts, NEW_CHAT_DRAFT, saveDraft } from '../db/drafts-repo';
import { db } from '../db/schema';
import { createSession } from '../db/sessions-repo';
import { useUi } from '../store/ui';
import { syncDrafts, type DraftSync } from './draft-sync';

let sync: DraftSync | undefined;
const failures: unknown[] = [];

function start(): DraftSync {
  sync = syncDrafts((error) => failures.push(error));
  return sync;
}

/** A new page: the store forgets its drafts, and the database keeps what was saved. */
function reload(): DraftSync {
  sync?.stop();
  useUi.setState({ drafts: {} });
  return start();
}

beforeEach(async () => {
  await Promise.all([db.sessions.clear(), db.messages.clear(), db.drafts.clear()]);
  localStorage.clear();
  useUi.setState({ drafts: {} });
  failures.length = 0;
});

afterEach(() => {
  sync?.stop();
  sync = undefined;
  vi.restoreAllMocks();
});

describe('saving drafts', () => {
  it('brings back each chat’s unsent text after a reload, including the new chat’s', async () => {
    const first = await createSession({ model: 'm', systemPrompt: '' });
    const second = await createSession({ model: 'm', systemPrompt: '' });
    const s = start();
    await s.loaded;
    useUi.getState().setDraft(first, 'Half a question');
    useUi.getState().setDraft(second, 'Line one\nLine two, “quoted” ✓');
    useUi.getState().setDraft(NEW_CHAT_DRAFT, 'For a new chat');
    await s.flush();

    await reload().loaded;
    expect(useUi.getState().drafts).toEqual({
      [first]: 'Half a question',
      [second]: 'Line one\nLine two, “quoted” ✓',
      [NEW_CHAT_DRAFT]: 'For a new chat',
    });
    expect(failures).toEqual([]);
  });

  it('forgets a draft once it is emptied (as sending does)', async () => {
    const id = await createSession({ model: 'm', systemPrompt: '' });
    const s = start();
    await s.loaded;
    useUi.getState().setDraft(id, 'Soon sent');
    await s.flush();
    useUi.getState().setDraft(id, '');
    await s.flush();

    expect(await db.drafts.count()).toBe(0);
    await reload().loaded;
    expect(useUi.getState().drafts[id]).toBeUndefined();
  });

  it('keeps text typed before the saved drafts were loaded, and saves it', async () => {
    const id = await createSession({ model: 'm', systemPrompt: '' });
    await saveDraft(id, 'An old draft', '');
    const s = start();
    useUi.getState().setDraft(id, 'Typed at once');
    await s.loaded;
    expect(useUi.getState().drafts[id]).toBe('Typed at once');
    await s.flush();
    expect((await db.drafts.get(id))?.text).toBe('Typed at once');
  });

  it('keeps the saved draft when text typed during loading was cleared again, and clears it', async () => {
    const id = await createSession({ model: 'm', systemPrompt: '' });
    await saveDraft(id, 'An old draft', '');
    const s = start();
    useUi.getState().setDraft(id, 'x');
    useUi.getState().setDraft(id, '');
    await s.loaded;
    expect(useUi.getState().drafts[id]).toBe('');
    await s.flush();
    expect(await db.drafts.get(id)).toBeUndefined();
  });

  it('stashes what was typed too recently to be stored when the page goes away, and stores it at the next start', async () => {
    const typed = await createSession({ model: 'm', systemPrompt: '' });
    const sent = await createSession({ model: 'm', systemPrompt: '' });
    await saveDraft(sent, 'About to be sent', '');
    const s = start();
    await s.loaded;
    useUi.getState().setDraft(typed, 'Typed just before closing');
    useUi.getState().setDraft(sent, '');
    window.dispatchEvent(new Event('pagehide'));
    expect(readStash()).toEqual({
      [typed]: { text: 'Typed just before closing', replaces: '' },
      [sent]: { text: '', replaces: 'About to be sent' },
    });

    // The page went away before those writes could land: the table is as it was.
    s.stop();
    await s.flush();
    await db.drafts.clear();
    await saveDraft(sent, 'About to be sent', '');

    useUi.setState({ drafts: {} });
    await start().loaded;
    expect(useUi.getState().drafts).toEqual({ [typed]: 'Typed just before closing' });
    expect(await db.drafts.get(sent)).toBeUndefined();
    expect(readStash()).toEqual({});
  });

  it('clearing a draft keeps a draft another tab saved since', async () => {
    const id = await createSession({ model: 'm', systemPrompt: '' });
    const s = start();
    await s.loaded;
    useUi.getState().setDraft(id, 'Mine');
    await s.flush();
    await saveDraft(id, 'Typed in another tab', 'Mine');
    useUi.getState().setDraft(id, '');
    await s.flush();
    expect((await db.drafts.get(id))?.text).toBe('Typed in another tab');
  });

  it('writes a chat’s draft once for a burst of keystrokes', async () => {
    const id = await createSession({ model: 'm', systemPrompt: '' });
    const s = start();
    await s.loaded;
    const put = vi.spyOn(db.drafts, 'put');
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) useUi.getState().setDraft(id, text);
    await s.flush();
    expect(put).toHaveBeenCalledTimes(1);
    expect((await db.drafts.get(id))?.text).toBe('Hello');
  });

  it('reports a failed save and keeps the text in the box', async () => {
    const id = await createSession({ model: 'm', systemPrompt: '' });
    const s = start();
    await s.loaded;
    vi.spyOn(db.drafts, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    useUi.getState().setDraft(id, 'Not saved');
    await s.flush();
    expect(failures).toHaveLength(1);
    expect(useUi.getState().drafts[id]).toBe('Not saved');
  });

  it('saves the text typed next once there is room again, and says so', async () => {
    const id = await createSession({ model: 'm', systemPrompt: '' });
    let saved = 0;
    sync = syncDrafts(
      (error) => failures.push(error),
      () => (saved += 1),
    );
    await sync.loaded;
    const full = vi
      .spyOn(db.drafts, 'put')
      .mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    useUi.getState().setDraft(id, 'Not saved');
    await sync.flush();
    expect([failures.length, saved]).toEqual([1, 0]);

    full.mockRestore();
    useUi.getState().setDraft(id, 'Not saved, now saved');
    await sync.flush();
    expect([failures.length, saved]).toEqual([1, 1]);
    expect(await loadDrafts()).toEqual({ [id]: 'Not saved, now saved' });
  });
});

describe('loading drafts', () => {
  it('drops drafts of deleted chats and rows it cannot read', async () => {
    const kept = await createSession({ model: 'm', systemPrompt: '' });
    await saveDraft(kept, 'Still here', '');
    await saveDraft('deleted-chat', 'Orphan', '');
    await db.drafts.put({ sessionId: 'broken', text: 42 } as never);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    expect(await loadDrafts()).toEqual({ [kept]: 'Still here' });
    expect(await db.drafts.toCollection().primaryKeys()).toEqual([kept]);
  });
});
