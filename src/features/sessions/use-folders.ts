// Every folder, by title, as a live query.
import { useLiveQuery } from 'dexie-react-hooks';
import { listFolders } from '../../db/queries';
import type { FolderRow } from '../../db/types';

const NONE: FolderRow[] = [];

export function useFolders(): FolderRow[] {
  return useLiveQuery(listFolders) ?? NONE;
}
