import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './build/csp';
import { installableApp } from './build/pwa';
import { preloadApp } from './build/preload-app';

export default defineConfig({
  plugins: [react(), tailwindcss(), preloadApp(), installableApp(), contentSecurityPolicy()],
  // Module workers, so a worker's rarely needed parts (the tokenizer's tables) load on first use.
  worker: { format: 'es' },
  preview: { port: 5173, strictPort: true },
  server: { port: 5173 },
});
