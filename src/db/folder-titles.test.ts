import { describe, expect, it } from 'vitest';
import { folderChoiceLabels, folderWithTitle, freeTitle, titleTakenMessage } from './folder-titles';

const folder = (id: string, title: string) => ({ id, title });

describe('folder titles', () => {
  it('finds a title taken by another folder, trimmed and ignoring case', () => {
    const folders = [folder('w', 'Work'), folder('b', 'Books')];
    expect(folderWithTitle('  work ', folders)?.id).toBe('w');
    expect(folderWithTitle('WORK', folders)?.id).toBe('w');
    expect(folderWithTitle('Workshop', folders)).toBeUndefined();
    // A folder may keep its own title, or change only its case.
    expect(folderWithTitle('work', folders, 'w')).toBeUndefined();
  });

  it('says which title is taken and what to do', () => {
    expect(titleTakenMessage(' Work ')).toBe(
      'A folder named “Work” already exists. Choose another name.',
    );
  });

  it('numbers a default title until it is free', () => {
    expect(freeTitle('New folder', [])).toBe('New folder');
    expect(freeTitle('New folder', [folder('a', 'new folder')])).toBe('New folder 2');
    expect(freeTitle('New folder', [folder('a', 'New folder'), folder('b', 'New folder 2')])).toBe(
      'New folder 3',
    );
  });

  it('names folders by title alone while titles differ', () => {
    const labels = folderChoiceLabels([folder('w', 'Work'), folder('b', 'Books')], () => 3);
    expect([...labels.values()]).toEqual(['Work', 'Books']);
  });

  it('tells folders sharing a title apart by their chat count, then by their order', () => {
    const counts: Record<string, number> = { a: 3, b: 1, c: 0, d: 3, e: 2 };
    const labels = folderChoiceLabels(
      [
        folder('a', 'Work'),
        folder('b', 'work'),
        folder('c', 'Work'),
        folder('d', 'Work'),
        folder('e', 'Books'),
      ],
      (id) => counts[id] ?? 0,
    );
    expect(Object.fromEntries(labels)).toEqual({
      a: 'Work (3 chats, #1)',
      b: 'work (1 chat)',
      c: 'Work (0 chats)',
      d: 'Work (3 chats, #2)',
      e: 'Books',
    });
    expect(new Set(labels.values()).size).toBe(labels.size);
  });
});
