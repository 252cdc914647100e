/**
 * Run once when the icon changes: node scripts/make-icons.mjs
 * Renders public/icon.svg (rounded, "any") and scripts/icon-maskable.svg (full bleed, the
 * motif inside the maskable safe zone: a circle of 40 % radius) to the PNGs the web app
 * manifest names, with Debian's Chromium. The PNGs are committed; the build only copies them.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = fileURLToPath(new URL('../', import.meta.url));
const icons = [
  { svg: 'public/icon.svg', out: 'public/icon-192.png', size: 192 },
  { svg: 'public/icon.svg', out: 'public/icon-512.png', size: 512 },
  { svg: 'scripts/icon-maskable.svg', out: 'public/icon-maskable-512.png', size: 512 },
  { svg: 'scripts/icon-maskable.svg', out: 'public/apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const { svg, out, size } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const source = await readFile(root + svg, 'utf8');
    const src = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="${src}" width="${size}" height="${size}">`,
    );
    await page.locator('img').screenshot({ path: root + out, omitBackground: true });
    await page.close();
    console.log(`${out} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
