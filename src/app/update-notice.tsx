// The notice that a new version of Arbor is ready. Unlike the transient notices it stays until
// the user reloads or puts it off, because missing it would leave the old version running.
import { useStore } from 'zustand';
import { Button } from '../components/ui/button';
import { newVersion } from './new-version';

export function UpdateNotice() {
  const update = useStore(newVersion, (s) => s.update);
  const later = useStore(newVersion, (s) => s.later);
  if (!update) return null;
  return (
    <div
      role="status"
      className="pointer-events-auto flex flex-col gap-2 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow"
    >
      <span>A new version of Arbor is ready.</span>
      <div className="flex gap-2">
        <Button
          variant="primary"
          onClick={() => {
            update().catch((error: unknown) => console.error('Updating Arbor failed', error));
          }}
        >
          Reload to update
        </Button>
        <Button variant="ghost" onClick={later}>
          Later
        </Button>
      </div>
    </div>
  );
}
