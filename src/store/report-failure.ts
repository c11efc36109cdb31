// Tells the user an action failed, in plain words, and the developer why, in the console. A
// full disk gets one notice of its own, whichever write ran into it: it replaces any notice
// about the disk shown before and stays until dismissed, since it asks the user to act.
import { isDiskFull } from '../lib/disk-full';
import { useUi, type Notice } from './ui';

/** Shows `text` as the one notice about a full disk. */
export function notifyDiskFull(text: string, action?: Notice['action']): void {
  useUi
    .getState()
    .notify({ tone: 'error', topic: 'disk-full', text, ...(action ? { action } : {}) });
}

/** A cause that is a sentence already ends without its full stop, to sit inside another. */
function withoutStop(text: string): string {
  return text.replace(/\.$/, '');
}

export function reportFailure(what: string) {
  return (error: unknown) => {
    console.error(`${what} failed`, error);
    if (isDiskFull(error)) {
      notifyDiskFull(
        `${what} failed: this browser’s storage is full. Nothing was changed; free some disk space and try again.`,
      );
      return;
    }
    useUi.getState().notify({
      tone: 'error',
      text: `${what} failed: ${withoutStop(error instanceof Error ? error.message : String(error))}. Nothing else was changed; try again.`,
    });
  };
}

/** What a form says when saving `what` failed: that the storage is full, or what went wrong. */
export function savingFailed(what: string, error: unknown): string {
  if (isDiskFull(error)) {
    return `Could not save ${what}: this browser’s storage is full. What you entered is kept; free some disk space and press Save again.`;
  }
  return `Could not save ${what} (${error instanceof Error ? error.message : String(error)}). Press Save to try again.`;
}
