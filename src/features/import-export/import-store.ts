// The import dialog's state: loading with progress, the preview, saving, or a failure. The job
// itself runs in the worker; this only tracks where it is and reacts to Import and Cancel.
import { create } from 'zustand';
import type { RestoreReason } from '../../db/restore-points';
import type { ImportProgress, ImportSummary } from '../../io/import-job';
import type { Rejection } from '../../io/candidate';
import { readStorageStatus } from '../../db/storage-status';
import { isDiskFull } from '../../lib/disk-full';
import { useUi } from '../../store/ui';
import { WorkerClosedError } from '../../workers/rpc/connect';
import { createImportRunner, type ImportRunner } from './import-runner';
import { diskFullText, doneNotice, isUnusable } from './import-summary';

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'loading'; files: string[]; progress: ImportProgress | null }
  /** `problem`: why the last Import failed when it can be pressed again (a full disk). */
  | {
      kind: 'preview';
      files: string[];
      summary: ImportSummary;
      reason: RestoreReason;
      problem?: string;
    }
  | { kind: 'writing'; files: string[]; summary: ImportSummary; progress: ImportProgress | null }
  | { kind: 'failed'; files: string[]; message: string; details: Rejection[] };

interface ImportState {
  phase: ImportPhase;
  /** `reason` names the restore point kept before writing: a restore says so. */
  start: (files: File[], reason?: RestoreReason) => void;
  confirm: () => void;
  cancel: () => void;
}

let runner: ImportRunner | undefined;

/** What the browser says is free, if it can tell. */
async function freeSpace(): Promise<number | undefined> {
  const status = await readStorageStatus().catch(() => undefined);
  return status && status.quota > 0 ? Math.max(status.quota - status.usage, 0) : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const useImport = create<ImportState>()((set, get) => {
  const withProgress = (progress: ImportProgress) => {
    const phase = get().phase;
    if (phase.kind === 'loading' || phase.kind === 'writing')
      set({ phase: { ...phase, progress } });
  };

  const fail = (files: string[], message: string, details: Rejection[] = []) =>
    set({ phase: { kind: 'failed', files, message, details } });

  return {
    phase: { kind: 'idle' },

    start(list, reason = 'before import') {
      if (get().phase.kind === 'writing') return;
      runner?.dispose();
      const files = list.map((f) => f.name);
      const current = createImportRunner(withProgress);
      runner = current;
      set({ phase: { kind: 'loading', files, progress: null } });
      current.load(list).then(
        (summary) => {
          if (runner !== current) return;
          if (!isUnusable(summary))
            return set({ phase: { kind: 'preview', files, summary, reason } });
          const message = summary.rejected.length
            ? 'Nothing in this file can be imported.'
            : 'This file holds no chats, so there is nothing to import.';
          fail(files, message, summary.rejected);
        },
        (error: unknown) => {
          if (error instanceof WorkerClosedError || runner !== current) return;
          fail(files, `Arbor couldn't read the file: ${errorText(error)}. Nothing was imported.`);
        },
      );
    },

    confirm() {
      const phase = get().phase;
      const current = runner;
      if (phase.kind !== 'preview' || !current) return;
      set({
        phase: { kind: 'writing', files: phase.files, summary: phase.summary, progress: null },
      });
      current.commit(phase.reason).then(
        (summary) => {
          current.dispose();
          runner = undefined;
          set({ phase: { kind: 'idle' } });
          useUi.getState().notify({ tone: 'info', text: doneNotice(summary) });
          if (summary.firstSessionId) useUi.getState().openSession(summary.firstSessionId);
        },
        (error: unknown) => {
          if (isDiskFull(error)) {
            // The worker keeps what it loaded, so Import can run again once there is room.
            console.error('Saving the import failed', error);
            void freeSpace().then((free) => {
              if (runner !== current) return;
              const problem = diskFullText(phase.summary.bytes, free);
              set({
                phase: { ...phase, kind: 'preview', problem },
              });
            });
            return;
          }
          current.dispose();
          runner = undefined;
          fail(
            phase.files,
            `Saving the import failed (${errorText(error)}). Nothing was imported and your chats are as they were; try again.`,
          );
        },
      );
    },

    cancel() {
      if (get().phase.kind === 'writing') return;
      runner?.dispose();
      runner = undefined;
      set({ phase: { kind: 'idle' } });
    },
  };
});
