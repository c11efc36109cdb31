// Starts the copies Arbor keeps by itself (safety-copies.ts) once the app has drawn: that code
// is loaded on its own, so it adds nothing to the first paint.
import { useEffect } from 'react';

export function useSafetyCopies(): void {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let ended = false;
    import('./safety-copies').then(
      ({ startSafetyCopies }) => {
        if (!ended) stop = startSafetyCopies();
      },
      (error: unknown) => console.error('Loading the restore points and backups failed', error),
    );
    return () => {
      ended = true;
      stop?.();
    };
  }, []);
}
