// Adds modulepreload links for the app's chunk and the chunks it imports to the built
// index.html. main.tsx imports the app dynamically so that its modules are evaluated in a task
// of their own; without these links the browser would start fetching the app only after
// React's chunk had run.
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

export function preloadApp(entry = '/src/app/app.tsx'): Plugin {
  return {
    name: 'arbor-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle = {} }) {
        const chunk = Object.values(bundle).find(
          (output): output is Rollup.OutputChunk =>
            output.type === 'chunk' && output.facadeModuleId?.endsWith(entry) === true,
        );
        if (!chunk) throw new Error(`No chunk for ${entry}; the app would load without preloads`);
        return staticImports(bundle, chunk)
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
