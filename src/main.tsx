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

// The app (Dexie, zod, every screen) is a chunk of its own, preloaded by index.html: the modules
// of one static graph are evaluated in one task, and React with the app's modules made that a
// 45-55 ms task at every open.
const { App, openStorageEarly } = await import('./app/app');
openStorageEarly();

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
