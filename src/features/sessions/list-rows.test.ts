import { describe, expect, it } from 'vitest';
import type { FolderRow, SessionRow } from '../../db/types';
import { listRows } from './list-rows';

function chat(id: string, extra: Partial<SessionRow> = {}): SessionRow {
  return {
    id,
    title: id,
    titleIsCustom: false,
    createdAt: 0,
    updatedAt: 0,
    model: 'm',
    systemPrompt: '',
    params: {},
    activeLeafId: null,
    ...extra,
  };
}

const folder = (id: string): FolderRow => ({ id, title: id, createdAt: 0, collapsed: false });

const names = (rows: ReturnType<typeof listRows>) =>
  rows.map((r) =>
    r.kind === 'session'
      ? r.session.id
      : `${r.folder.id}[${r.sessions.map((s) => s.id).join(',')}]`,
  );

describe('the session list rows', () => {
  it('puts pinned chats on top, then folders with their chats, then the rest, keeping the order', () => {
    const rows = listRows(
      [
        chat('new'),
        chat('work-new', { folderId: 'work' }),
        chat('pinned-old', { pinned: true }),
        chat('work-pinned', { folderId: 'work', pinned: true }),
        chat('old'),
        chat('pinned-older', { pinned: true }),
      ],
      [folder('work'), folder('empty')],
    );
    expect(names(rows)).toEqual([
      'pinned-old',
      'pinned-older',
      'work[work-pinned,work-new]',
      'empty[]',
      'new',
      'old',
    ]);
  });

  it('shows a chat whose folder is gone with the chats in no folder', () => {
    expect(names(listRows([chat('lost', { folderId: 'gone' })], []))).toEqual(['lost']);
  });
});
