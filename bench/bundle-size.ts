// Measure 7: the JS and CSS the first paint needs, gzipped: only the files the built
// index.html references (its module script, modulepreloads and stylesheets), not lazy chunks.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  jsGzipKB: number;
  cssGzipKB: number;
  jsRawKB: number;
  cssRawKB: number;
  files: { file: string; rawKB: number; gzipKB: number }[];
}

const ASSET = /<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g;

export async function initialBundleSize(siteDir: string): Promise<BundleSize> {
  const html = await readFile(join(siteDir, 'index.html'), 'utf8');
  const files = [...new Set([...html.matchAll(ASSET)].map((m) => m[1] ?? ''))].filter(Boolean);
  const size: BundleSize = { jsGzipKB: 0, cssGzipKB: 0, jsRawKB: 0, cssRawKB: 0, files: [] };
  for (const file of files) {
    const body = await readFile(join(siteDir, file));
    const rawKB = body.length / 1000;
    const gzipKB = gzipSync(body).length / 1000;
    size.files.push({ file, rawKB, gzipKB });
    if (file.endsWith('.js')) {
      size.jsGzipKB += gzipKB;
      size.jsRawKB += rawKB;
    } else {
      size.cssGzipKB += gzipKB;
      size.cssRawKB += rawKB;
    }
  }
  return size;
}
