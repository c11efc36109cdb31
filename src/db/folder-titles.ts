// What a folder may be called, and how folders are named where the user picks one. Two folders
// may not share a title (compared trimmed and ignoring case), so "Move to folder" can name each
// one: creating or renaming a folder to a title that is taken is refused. An import still adds
// its folders as they are (nothing in a file is dropped or renamed), so where titles do clash the
// choices add each folder's chat count, and an order number when that is the same too.

/** Two titles clash when these are equal. */
export function titleKey(title: string): string {
  return title.trim().normalize('NFC').toLocaleLowerCase();
}

interface Titled {
  id: string;
  title: string;
}

/** The folder other than `exceptId` already called `title`, if any. */
export function folderWithTitle<T extends Titled>(
  title: string,
  folders: readonly T[],
  exceptId?: string,
): T | undefined {
  const key = titleKey(title);
  return folders.find((folder) => folder.id !== exceptId && titleKey(folder.title) === key);
}

/** What the user reads when a title is taken. */
export function titleTakenMessage(title: string): string {
  return `A folder named “${title.trim()}” already exists. Choose another name.`;
}

export class FolderTitleTakenError extends Error {
  constructor(title: string) {
    super(titleTakenMessage(title));
    this.name = 'FolderTitleTakenError';
  }
}

/** `base`, or `base 2`, `base 3`… : the first no folder is called. */
export function freeTitle(base: string, folders: readonly Titled[]): string {
  const taken = new Set(folders.map((folder) => titleKey(folder.title)));
  if (!taken.has(titleKey(base))) return base;
  for (let n = 2; ; n++) {
    const title = `${base} ${n}`;
    if (!taken.has(titleKey(title))) return title;
  }
}

const chats = (count: number) => (count === 1 ? '1 chat' : `${count} chats`);

/**
 * How each folder is named in a list of folders to choose from, by id: its title, or where
 * another folder has the same title, its title and chat count ("Work (3 chats)"), and then
 * its place among those still alike ("Work (3 chats, #2)"), in the order given.
 */
export function folderChoiceLabels(
  folders: readonly Titled[],
  countOf: (folderId: string) => number,
): Map<string, string> {
  const byTitle = new Map<string, Titled[]>();
  for (const folder of folders) {
    const key = titleKey(folder.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), folder]);
  }
  const labels = new Map<string, string>();
  for (const alike of byTitle.values()) {
    if (alike.length === 1) {
      for (const folder of alike) labels.set(folder.id, folder.title);
      continue;
    }
    const withCount = alike.map((folder) => ({ folder, count: chats(countOf(folder.id)) }));
    for (const { folder, count } of withCount) {
      const same = withCount.filter((other) => other.count === count);
      const label =
        same.length === 1
          ? `${folder.title} (${count})`
          : `${folder.title} (${count}, #${same.findIndex((other) => other.folder === folder) + 1})`;
      labels.set(folder.id, label);
    }
  }
  return labels;
}
