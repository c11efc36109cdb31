// What the page does when the service worker reports a new version: it offers the version
// instead of switching to it, reloads at once only the tab where the user asked for it, and
// lets a tab that another tab switched keep its page until the user reloads it.
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { newVersion } from './new-version';

export function newVersionHandlers(
  activateWaiting: () => Promise<void>,
  reload: () => void,
): Pick<RegisterSWOptions, 'onNeedRefresh' | 'onNeedReload'> {
  let requestedHere = false;
  return {
    onNeedRefresh: () =>
      newVersion.getState().offer(() => {
        requestedHere = true;
        return activateWaiting();
      }),
    // Called once the new version controls this tab.
    onNeedReload: () => {
      if (requestedHere) {
        reload();
        return;
      }
      newVersion.getState().offer(() => {
        reload();
        return Promise.resolve();
      });
    },
  };
}
