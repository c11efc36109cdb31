import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './app/error-boundary';
import './index.css';

// Until the app has read the chosen theme (src/app/use-theme.ts), the page follows the system,
// so a dark system never flashes a white page.
document.documentElement.classList.toggle(
  'dark',
  matchMedia('(prefers-color-scheme: dark)').matches,
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The modules of one static graph are evaluated in one task, and React with Dexie, zod and every
// screen made that a 45-55 ms task at every open. So React, the storage (Dexie, zod, the schema)
// and the screens are three chunks, each evaluated in a task of its own, all preloaded by
// index.html; the database starts opening before the screens' code runs.
const { openStorageEarly } = await import('./app/open-storage');
openStorageEarly();
const { App } = await import('./app/app');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);

// The service worker's code loads once the app is rendering, and registers once the page has
// loaded, so caching Arbor for offline use never slows its start.
import('./app/service-worker').then(
  ({ startServiceWorker }) => startServiceWorker(),
  (error: unknown) => console.error('Loading the service worker registration failed', error),
);
