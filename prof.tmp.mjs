import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1200, height: 900 } });
const rows = Array.from({ length: 24 }, (_, y) => Array.from({ length: 24 }, (_, x) => (x * 7 + y * 13) % 256));
await p.goto(`http://localhost:4205/embed/convolution/?input=${rows.map((r) => r.join(',')).join(';')}&kernel=gaussian-5&padding=same`);
await p.waitForSelector('[data-ready="true"]');
const r = await p.locator('[role=application]').first().evaluate(async (el) => {
	const res = [];
	for (let i = 0; i < 12; i++) {
		const t0 = performance.now();
		el.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
		const t1 = performance.now();
		await new Promise((r) => { const ch = new MessageChannel(); ch.port1.onmessage = r; ch.port2.postMessage(0); });
		const t2 = performance.now();
		void el.offsetHeight;
		const t3 = performance.now();
		res.push([t1 - t0, t2 - t1, t3 - t2].map((x) => x.toFixed(1)).join(' '));
	}
	return res;
});
console.log(r.join('\n'));
await b.close();
