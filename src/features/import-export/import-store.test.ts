// The import dialog's flow, through the real import worker: files → preview → Import writes and
// opens the first chat; Cancel writes nothing; a file that can't be used ends in a failure with
// reasons.
import { afterEach, describe, expect, it } from 'vitest';
import { countSessions, listSessionsNewestFirst } from '../../db/queries';
import { deleteSession } from '../../db/sessions-repo';
import { useUi } from '../../store/ui';
import { useImport, type ImportPhase } from './import-store';
import { diskFullText, doneNotice, rejectionText } from './import-summary';

const conversation = (id: string, title: string) => ({
  id,
  title,
  current_node: 'b',
  mapping: {
    a: {
      parent: null,
      message: { author: { role: 'user' }, content: { content_type: 'text', parts: ['Hi'] } },
    },
    b: {
      parent: 'a',
      message: {
        author: { role: 'assistant' },
        content: { content_type: 'text', parts: ['Hello'] },
      },
    },
  },
});

function file(name: string, data: unknown): File {
  return new File([typeof data === 'string' ? data : JSON.stringify(data)], name);
}

async function phase(kind: ImportPhase['kind']): Promise<ImportPhase> {
  await expect.poll(() => useImport.getState().phase.kind, { timeout: 10_000 }).toBe(kind);
  return useImport.getState().phase;
}

afterEach(async () => {
  useImport.getState().cancel();
  for (const session of await listSessionsNewestFirst()) await deleteSession(session.id);
});

describe('import flow', () => {
  it('previews, then imports and opens the first new chat', async () => {
    useImport
      .getState()
      .start([file('conversations.json', [conversation('c-1', 'One'), { title: 'Broken' }])]);
    const preview = await phase('preview');
    expect(preview.kind === 'preview' && preview.summary.added.map((a) => a.title)).toEqual([
      'One',
    ]);
    expect(await countSessions()).toBe(0);
    useImport.getState().confirm();
    await phase('idle');
    expect(await countSessions()).toBe(1);
    expect(useUi.getState().activeSessionId).toBe('c-1');
    expect(useUi.getState().notices.at(-1)?.text).toBe('Imported 1 chat. 1 chat rejected.');
  });

  it('writes nothing on Cancel', async () => {
    useImport.getState().start([file('conversations.json', [conversation('c-2', 'Two')])]);
    await phase('preview');
    useImport.getState().cancel();
    await phase('idle');
    expect(await countSessions()).toBe(0);
  });

  it('fails with the reasons when nothing can be imported', async () => {
    useImport.getState().start([file('notes.json', '{"not": "a chat"}')]);
    const failed = await phase('failed');
    expect(failed.kind === 'failed' && failed.message).toBe(
      'Nothing in this file can be imported.',
    );
    expect(failed.kind === 'failed' && failed.details[0]?.reason).toMatch(
      /doesn't recognise notes\.json/,
    );
  });
});

describe('import wording', () => {
  it('says how much room an import that didn’t fit needs, and what is free when the browser agrees', () => {
    expect(diskFullText(2_400_000, undefined)).toMatch(
      /^This import needs about 2\.4 MB of free space, more than/,
    );
    expect(diskFullText(2_400_000, 300_000)).toMatch(
      /^This import needs about 2\.4 MB of free space; about 300 kB is free, more than/,
    );
    // A browser that reports plenty free while refusing the write is not quoted.
    expect(diskFullText(2_400_000, 5_000_000_000)).not.toContain('is free');
    expect(diskFullText(1, undefined)).toContain('Nothing was imported');
  });

  it('names the file, the chat and the path of a rejection', () => {
    expect(
      rejectionText({
        file: 'a.json',
        where: 'conversations[2] “Old”',
        reason: 'conversations[2]: has no message tree',
      }),
    ).toBe('a.json — “Old” — conversations[2]: has no message tree');
  });

  it('sums up what an import did', () => {
    const summary = {
      files: [],
      added: [
        { sessionId: 'a', title: 'A', messages: 2, asCopy: false },
        { sessionId: 'b', title: 'B', messages: 1, asCopy: true },
      ],
      duplicates: [{ title: 'C' }],
      rejected: [],
      repairs: [],
      firstSessionId: 'a',
      bytes: 100,
    };
    expect(doneNotice(summary)).toBe('Imported 2 chats (1 as a copy). Skipped 1 already here.');
  });
});
