// Adds modulepreload links for the two chunks main.tsx imports before rendering (the storage,
// then the screens) and every chunk they import to the built index.html. main.tsx imports them
// dynamically so that each is evaluated in a task of its own; without these links the browser
// would start fetching them only after React's chunk had run.
import type { Plugin, Rollup } from 'vite';

function staticImports(bundle: Rollup.OutputBundle, chunk: Rollup.OutputChunk): string[] {
  const files = new Set<string>([chunk.fileName]);
  const pending = [...chunk.imports];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const next = bundle[file];
    if (next?.type === 'chunk') pending.push(...next.imports);
  }
  return [...files];
}

export function preloadApp(entries = ['/src/app/open-storage.ts', '/src/app/app.tsx']): Plugin {
  return {
    name: 'arbor-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle = {} }) {
        const files = new Set<string>();
        for (const entry of entries) {
          const chunk = Object.values(bundle).find(
            (output): output is Rollup.OutputChunk =>
              output.type === 'chunk' && output.facadeModuleId?.endsWith(entry) === true,
          );
          if (!chunk) throw new Error(`No chunk for ${entry}; the app would load without preloads`);
          for (const file of staticImports(bundle, chunk)) files.add(file);
        }
        return [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
