// The shell: sidebar, chat pane, settings dialog and notices. Features never import each
// other; where one shows another's controls, the shell passes them in.
import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import { isSetUp } from '../db/settings-repo';
import { ChatPane } from '../features/chat/chat-pane';
import { ImportExportRoot } from '../features/import-export/import-export-root';
import { useImport } from '../features/import-export/import-store';
import { exportFolder } from '../features/import-export/export-actions';
import { SessionExportMenu } from '../features/import-export/session-export-menu';
import { SidebarImportExport } from '../features/import-export/sidebar-import-export';
import { SearchButton } from '../features/search/search-button';
import { SearchRoot } from '../features/search/search-root';
import { SessionSidebar } from '../features/sessions/session-sidebar';
import { Notices } from './notices';
import { useOfflineNotice } from './use-offline-notice';
import { useStartup } from './use-startup';
import { useSafetyCopies } from './use-safety-copies';
import { useStorageCare } from './use-storage-care';
import { useTheme } from './use-theme';
import { useUi } from '../store/ui';
import { Button } from '../components/ui/button';

// Settings (providers, tools, storage) is loaded when it first opens.
const SettingsDialog = lazy(() =>
  import('../features/settings/settings-dialog').then((m) => ({ default: m.SettingsDialog })),
);

/** A restore point or backup goes through the import preview, in place of Settings. */
function restoreThroughPreview(file: File): void {
  useUi.getState().setSettingsOpen(false);
  useImport.getState().start([file], 'before restore');
}

export function App() {
  useStartup();
  useStorageCare();
  useSafetyCopies();
  useOfflineNotice();
  useTheme();
  const settingsOpen = useUi((s) => s.settingsOpen);
  const sidebarOpen = useUi((s) => s.sidebarOpen);
  // undefined while loading, so the first-run dialog never flashes for a returning user.
  const saved = useLiveQuery(isSetUp);
  const firstRun = saved === false;

  return (
    <div className="flex h-full">
      {sidebarOpen && (
        <div
          aria-hidden="true"
          className="fixed inset-0 z-30 bg-black/30 md:hidden"
          onClick={() => useUi.getState().setSidebarOpen(false)}
        />
      )}
      <SessionSidebar
        onExportFolder={(folder) => void exportFolder(folder)}
        tools={
          <>
            <SearchButton />
            <SidebarImportExport />
          </>
        }
      />
      <main className="flex min-w-0 flex-1 flex-col">
        <div className="border-b border-stone-200 bg-white p-2 md:hidden">
          <Button variant="ghost" onClick={() => useUi.getState().setSidebarOpen(true)}>
            ☰ Chats
          </Button>
        </div>
        <ChatPane sessionActions={(session) => <SessionExportMenu session={session} />} />
      </main>
      {(settingsOpen || firstRun) && (
        <Suspense fallback={null}>
          <SettingsDialog open firstRun={firstRun} onRestore={restoreThroughPreview} />
        </Suspense>
      )}
      <ImportExportRoot />
      <SearchRoot />
      <Notices />
    </div>
  );
}
