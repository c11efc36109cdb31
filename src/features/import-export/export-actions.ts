// What the Export buttons do: read the rows, build the file and hand it to the browser, then
// tell the user what was saved (or what went wrong and what to try).
import type { FolderRow, SessionRow } from '../../db/types';
import { runInWorker } from '../../workers/clients';
import { reportFailure } from '../../store/report-failure';
import { useUi } from '../../store/ui';
import { saveFile, slug, today } from './download';
import { buildExportFile, buildFolderExportFile } from './export-runner';

export async function exportAll(): Promise<void> {
  try {
    const { file, count } = await buildExportFile();
    saveFile(`arbor-export-${today()}.json`, file, 'application/json');
    useUi.getState().notify({
      tone: 'info',
      text: `Exported ${count} ${count === 1 ? 'chat' : 'chats'}. The file holds no API key or settings.`,
    });
  } catch (error) {
    reportFailure('Exporting all chats')(error);
  }
}

export async function exportSelected(ids: string[]): Promise<void> {
  try {
    const { file, count } = await buildExportFile(ids);
    saveFile(`arbor-export-${count}-chats-${today()}.json`, file, 'application/json');
    useUi.getState().notify({
      tone: 'info',
      text: `Exported ${count} selected ${count === 1 ? 'chat' : 'chats'}. The file holds no API key or settings.`,
    });
    useUi.getState().setSelecting(false);
  } catch (error) {
    reportFailure('Exporting the selected chats')(error);
  }
}

/** The folder and the chats in it, as an Arbor file that imports back into the folder. */
export async function exportFolder(folder: FolderRow): Promise<void> {
  try {
    const { file, count } = await buildFolderExportFile(folder.id);
    saveFile(`${slug(folder.title)}-folder-${today()}.arbor.json`, file, 'application/json');
    useUi.getState().notify({
      tone: 'info',
      text: `Exported the folder “${folder.title}” with ${count} ${count === 1 ? 'chat' : 'chats'}.`,
    });
  } catch (error) {
    reportFailure(`Exporting the folder “${folder.title}”`)(error);
  }
}

export type SessionExportKind = 'json' | 'markdown' | 'openai-messages' | 'fine-tuning';

/** The file a path-only export is saved as: its name's ending and its type. */
const PATH_FILES = {
  markdown: { ending: '.md', type: 'text/markdown' },
  'openai-messages': { ending: '.openai.json', type: 'application/json' },
  'fine-tuning': { ending: '.jsonl', type: 'application/jsonl' },
} as const;

function pathExport(sessionId: string, kind: Exclude<SessionExportKind, 'json'>) {
  return runInWorker('export', (worker) =>
    kind === 'markdown'
      ? worker.call('markdown', { sessionId })
      : worker.call('openai', {
          sessionId,
          shape: kind === 'fine-tuning' ? 'fine-tuning' : 'messages',
        }),
  );
}

export async function exportSession(session: SessionRow, kind: SessionExportKind): Promise<void> {
  try {
    const name = `${slug(session.title)}-${today()}`;
    if (kind === 'json') {
      const { file } = await buildExportFile([session.id]);
      saveFile(`${name}.arbor.json`, file, 'application/json');
      return;
    }
    const text = await pathExport(session.id, kind);
    if (text === undefined) throw new Error('this chat no longer exists');
    const { ending, type } = PATH_FILES[kind];
    saveFile(`${name}${ending}`, text, type);
  } catch (error) {
    reportFailure(`Exporting “${session.title}”`)(error);
  }
}
