import { chromium } from '@playwright/test';
const [,, url, sel, out, scheme='light', w='1280'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--no-first-run','--enable-unsafe-swiftshader'] });
const p = await b.newPage({ viewport: { width: +w, height: 900 } });
await p.emulateMedia({ colorScheme: scheme });
await p.goto(url, { waitUntil: 'networkidle' });
await p.locator(sel).first().screenshot({ path: out });
await b.close();
