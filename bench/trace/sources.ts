// Source maps of everything the bench serves, loaded once, so frames in a profile of the
// minified build resolve to Arbor's modules and the packages it uses.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { APP_URL, SITE_DIR } from '../config';
import type { CallFrame } from './cpu-profile';
import type { Resolve } from './long-tasks';
import { SourceMap } from './source-map';

async function mapFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.js.map'))
    .map((e) => join(e.parentPath, e.name));
}

/** The maps of the site built into `siteDir` and served at `appUrl`. */
export async function loadResolver(siteDir = SITE_DIR, appUrl = APP_URL): Promise<Resolve> {
  const maps = new Map<string, SourceMap>();
  for (const file of await mapFiles(siteDir)) {
    const map = await SourceMap.load(file);
    const url = `${appUrl}/${relative(siteDir, file).slice(0, -'.map'.length)}`;
    if (map) maps.set(url, map);
  }
  const cache = new Map<string, ReturnType<Resolve>>();
  return (frame: CallFrame) => {
    const key = `${frame.url}:${frame.line}:${frame.column}`;
    if (!cache.has(key)) cache.set(key, maps.get(frame.url)?.lookup(frame.line, frame.column));
    return cache.get(key);
  };
}
