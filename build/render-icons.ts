// Draws Arbor's app icons from public/icon.svg with Chromium and writes them to public/: the
// sizes the web app manifest and iOS ask for, and a maskable one. Run it after changing the
// SVG: `npx tsx build/render-icons.ts`. The PNGs are committed, so a build needs no browser.
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, testChromium } from '../e2e/chromium';

const BACKGROUND = '#047857';

interface IconSpec {
  file: string;
  size: number;
  /**
   * A maskable icon fills its square, and launchers cut it to any shape that keeps the central
   * circle of 80% diameter, so the artwork is shrunk to sit inside that circle.
   */
  maskable?: boolean;
}

const ICONS: IconSpec[] = [
  { file: 'pwa-192.png', size: 192 },
  { file: 'pwa-512.png', size: 512 },
  { file: 'pwa-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

function pageFor(svg: string, { size, maskable = false }: IconSpec): string {
  const art = maskable ? Math.round(size * 0.8) : size;
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? BACKGROUND : 'transparent'}"><img src="${src}" width="${art}" height="${art}"></body></html>`;
}

const svg = await readFile(new URL('../public/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: testChromium(), args: CHROMIUM_ARGS });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    await page.setContent(pageFor(svg, icon));
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: !icon.maskable });
    await writeFile(new URL(`../public/${icon.file}`, import.meta.url), png);
    await page.close();
  }
} finally {
  await browser.close();
}
