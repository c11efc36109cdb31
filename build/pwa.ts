// Makes Arbor installable and able to open offline: the web app manifest, and a Workbox
// service worker that precaches the whole built app (HTML, CSS, the JS chunks loaded on demand
// and every worker with the chunks it imports). Requests to model endpoints are left alone:
// the worker has no runtime caching, and its only routes are the precached files and the
// navigation fallback, which answers navigations to Arbor's page on its own origin only.
import { VitePWA } from 'vite-plugin-pwa';

const EMERALD_700 = '#047857';
const STONE_50 = '#fafaf9';

export function installableApp() {
  return VitePWA({
    // A new version waits until the user presses Reload to update (src/app/service-worker.ts).
    registerType: 'prompt',
    // src/app/service-worker.ts registers it through virtual:pwa-register.
    injectRegister: false,
    includeAssets: ['icon.svg', 'apple-touch-icon.png'],
    manifest: {
      name: 'Arbor',
      short_name: 'Arbor',
      description: 'Chat with language models; every conversation stays in this browser.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: EMERALD_700,
      background_color: STONE_50,
      icons: [
        { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // The icons and the manifest are added by includeAssets and the manifest's icon list. The
      // math fonts are woff2 only: every browser Arbor runs in reads them, and the older formats
      // beside them in the build are never asked for.
      globPatterns: ['**/*.{js,css,html,woff2}'],
      // The tokenizer's o200k table is a 2 MB chunk, just under Workbox's default limit; counting
      // tokens offline needs it, so the limit leaves room for it to grow.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Arbor is one page at / (chats are in the hash), which the precache already answers; the
      // fallback covers / with a query string. Other paths on the origin (the benchmark's page)
      // are left to the network.
      navigateFallback: 'index.html',
      navigateFallbackAllowlist: [/^\/(\?.*)?$/],
      cleanupOutdatedCaches: true,
      // The first visit is served by the network; claiming it lets it go offline without a
      // reload. Updates still wait for the user, because the new worker waits to activate.
      clientsClaim: true,
    },
  });
}
