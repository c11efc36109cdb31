// What the Export buttons do: read the rows, build the file and hand it to the browser, then
// tell the user what was saved (or what went wrong and what to try).
import type { SessionRow } from '../../db/types';
import { runInWorker } from '../../workers/clients';
import { reportFailure } from '../../store/report-failure';
import { useUi } from '../../store/ui';
import { saveFile, slug, today } from './download';
import { buildExportFile } from './export-runner';

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

export async function exportSession(session: SessionRow, kind: 'json' | 'markdown'): Promise<void> {
  try {
    const name = `${slug(session.title)}-${today()}`;
    if (kind === 'json') {
      const { file } = await buildExportFile([session.id]);
      saveFile(`${name}.arbor.json`, file, 'application/json');
      return;
    }
    const markdown = await runInWorker('export', (worker) =>
      worker.call('markdown', { sessionId: session.id }),
    );
    if (markdown === undefined) throw new Error('this chat no longer exists');
    saveFile(`${name}.md`, markdown, 'text/markdown');
  } catch (error) {
    reportFailure(`Exporting “${session.title}”`)(error);
  }
}
