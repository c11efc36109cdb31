// The sidebar's Import (file picker) and Export all buttons.
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { Button } from '../../components/ui/button';
import { countSessions } from '../../db/queries';
import { exportAll, exportSelected } from './export-actions';
import { useUi } from '../../store/ui';
import { useImport } from './import-store';

export function SidebarImportExport() {
  const input = useRef<HTMLInputElement>(null);
  const sessionCount = useLiveQuery(countSessions);
  const selected = useUi((s) => s.selectedSessionIds);

  if (selected) {
    return (
      <div className="mt-2 flex gap-2">
        <Button
          variant="primary"
          className="flex-1 justify-center"
          disabled={selected.length === 0}
          onClick={() => void exportSelected(selected)}
        >
          Export selected ({selected.length})
        </Button>
        <Button onClick={() => useUi.getState().setSelecting(false)}>Cancel</Button>
      </div>
    );
  }

  return (
    <div className="mt-2 flex flex-wrap gap-2">
      <Button className="flex-1 justify-center" onClick={() => input.current?.click()}>
        Import
      </Button>
      <Button
        className="flex-1 justify-center"
        onClick={() => void exportAll()}
        disabled={!sessionCount}
        title="Download every chat as one .json file (no API key or settings)"
      >
        Export all
      </Button>
      <Button
        variant="ghost"
        className="w-full justify-center"
        onClick={() => useUi.getState().setSelecting(true)}
        disabled={!sessionCount}
      >
        Select chats to export
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,.zip,.gz,application/json,application/zip,application/gzip"
        multiple
        hidden
        aria-label="Choose files to import"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length > 0) useImport.getState().start(files);
        }}
      />
    </div>
  );
}
