// The page's one owner of the service worker (vite-plugin-pwa's register module over
// workbox-window): registers it once the page has loaded, looks for a new version every hour,
// and hands a waiting version to new-version-handlers.ts, which offers it to the user.
// eslint-disable-next-line import-x/no-unresolved -- vite-plugin-pwa makes this module at build time
import { registerSW } from 'virtual:pwa-register';
import { newVersionHandlers } from './new-version-handlers';

const CHECK_EVERY_MS = 60 * 60 * 1000;

export function startServiceWorker(): void {
  const activateWaiting = registerSW({
    ...newVersionHandlers(
      () => activateWaiting(),
      () => location.reload(),
    ),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // A tab left open for days still hears of a new version.
      setInterval(() => {
        if (!navigator.onLine) return;
        registration.update().catch((error: unknown) => {
          console.warn('Looking for a new version of Arbor failed', error);
        });
      }, CHECK_EVERY_MS);
    },
    onRegisterError: (error: unknown) => {
      console.error('Registering the service worker failed; Arbor will not open offline', error);
    },
  });
}
