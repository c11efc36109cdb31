// What the app shell mounts once for import: the window-wide drop zone and the import dialog.
import { DropZone } from './drop-zone';
import { ImportDialog } from './import-dialog';

export function ImportExportRoot() {
  return (
    <>
      <DropZone />
      <ImportDialog />
    </>
  );
}
