// `node scripts/make-icons.js`: draws the web app manifest's PNG icons from SVGs with the local
// Chromium (no network). `any` icons are the favicon drawing; `maskable` ones are
// static/icons/icon.svg, whose artwork stays inside the 80% safe zone over a full-bleed background.
// The PNGs are committed; run this again after changing either SVG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './chromium.js';

const root = new URL('..', import.meta.url).pathname;
const jobs = [
	{ svg: 'static/favicon.svg', out: 'static/icons/icon-192.png', size: 192 },
	{ svg: 'static/favicon.svg', out: 'static/icons/icon-512.png', size: 512 },
	{ svg: 'static/icons/icon.svg', out: 'static/icons/maskable-512.png', size: 512 },
	{ svg: 'static/icons/icon.svg', out: 'static/icons/apple-touch-icon.png', size: 180 }
];

const exe = findChromium(process.env, null);
if (!exe) {
	console.error(INSTALL_HINT);
	process.exit(1);
}
const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
try {
	for (const { svg, out, size } of jobs) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		const body = readFileSync(join(root, svg), 'utf8').replace(
			'<svg ',
			`<svg width="${size}" height="${size}" `
		);
		await page.setContent(
			`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${body}`
		);
		await page.screenshot({
			path: join(root, out),
			omitBackground: true,
			clip: { x: 0, y: 0, width: size, height: size }
		});
		await page.close();
		console.log(`${out} (${size}×${size})`);
	}
} finally {
	await browser.close();
}
