// The deeper widgets of issue 20: every readout against the math worked out here, independently
// of src/lib/math (Bayes' rule by counting, the receptive-field recurrence by tracing input
// pixels, the optimisers step by step, the gradient by finite differences).
import { test, expect, openEmbed, readout, grid } from './fixtures';
import type { Page } from '@playwright/test';

async function num(page: Page, name: string) {
	const v = await readout(page, name);
	expect(v, `readout ${name}`).not.toBeNull();
	expect(v, `readout ${name}`).not.toBe('');
	return Number(v);
}

test.describe('prevalence', () => {
	/** Expected outcomes for 1,000 parts, counted as a population of 1,000 parts would be. */
	function perThousand(recall: number, spec: number, prev: number) {
		const defective = 1000 * prev;
		const ok = 1000 - defective;
		const caught = defective * recall;
		const alarms = ok * (1 - spec);
		return { caught, missed: defective - caught, alarms, precision: caught / (caught + alarms) };
	}

	test('57% and 2% defects: precision, false alarms and misses per 1,000 by counting', async ({
		page,
		expectClean
	}) => {
		for (const prev of [0.57, 0.02]) {
			await openEmbed(page, 'prevalence', `recall=0.9&specificity=0.95&prevalence=${prev}`);
			const want = perThousand(0.9, 0.95, prev);
			expect(await num(page, 'precision-at-prevalence')).toBeCloseTo(want.precision, 10);
			expect(await num(page, 'false-alarms-per-1000')).toBeCloseTo(want.alarms, 9);
			expect(await num(page, 'missed-per-1000')).toBeCloseTo(want.missed, 9);
			expect(await num(page, 'caught-per-1000')).toBeCloseTo(want.caught, 9);
		}
		// On the line, most alarms are false.
		expect(await num(page, 'precision-at-prevalence')).toBeLessThan(0.3);
		expectClean();
	});

	test('the icon array has 1,000 icons, its legend counts agree and add up', async ({ page }) => {
		await openEmbed(page, 'prevalence', 'recall=0.8&specificity=0.9&prevalence=0.1');
		// 100 defective: 80 caught, 20 missed; 900 OK: 90 false alarms, 810 passed.
		const names = ['icons-caught', 'icons-missed', 'icons-false-alarms', 'icons-correct-ok'];
		const counts = await Promise.all(names.map((n) => num(page, n)));
		expect(counts).toEqual([80, 20, 90, 810]);
		const svg = page.locator('[data-widget="prevalence"] svg[role="img"]');
		await expect(svg).toHaveAttribute('data-icons', '1000');
		expect(await svg.locator('rect, circle').count()).toBe(1000);
		expect(await svg.locator('circle').count()).toBe(90);
	});

	test('the 2% button changes precision; nothing flagged says why', async ({ page }) => {
		await openEmbed(page, 'prevalence');
		await page.getByRole('button', { name: /2% defective/ }).click();
		expect(await num(page, 'precision-at-prevalence')).toBeCloseTo(
			perThousand(0.9, 0.95, 0.02).precision,
			10
		);
		await openEmbed(page, 'prevalence', 'recall=0&specificity=1');
		const out = page.locator('output[name="precision-at-prevalence"]');
		await expect(out).toHaveAttribute('data-value', '');
		await expect(out).toContainText('no part is flagged');
	});

	test('an out-of-range or bad value is named; the page never shows NaN', async ({ page }) => {
		await openEmbed(page, 'prevalence', 'recall=1.5&prevalence=abc');
		await expect(page.locator('main')).toContainText('recall');
		await expect(page.locator('main')).toContainText('prevalence');
		expect(await num(page, 'precision-at-prevalence')).toBeCloseTo(perThousand(1, 0.95, 0.57).precision, 10);
		await expect(page.locator('main')).not.toContainText('NaN');
	});
});

test.describe('receptive-field', () => {
	type L = { k: number; s: number };
	const parse = (text: string): L[] =>
		text.split(',').map((t) => {
			const m = /^(?:conv|pool)(\d+)s(\d+)$/.exec(t)!;
			return { k: +m[1], s: +m[2] };
		});
	/** The input pixels output i reads, found by walking each layer's window back to the input. */
	function seen(layers: L[], i: number): number[] {
		let cur = [i];
		for (let l = layers.length - 1; l >= 0; l--)
			cur = [
				...new Set(cur.flatMap((a) => Array.from({ length: layers[l].k }, (_, d) => a * layers[l].s + d)))
			];
		return cur.sort((a, b) => a - b);
	}
	function expected(text: string) {
		const layers = parse(text);
		const a = seen(layers, 0),
			b = seen(layers, 1);
		return { field: a.at(-1)! - a[0] + 1, jump: b[0] - a[0], start: (a[0] + a.at(-1)!) / 2 };
	}
	async function lit(page: Page, name: string) {
		const g = await grid(page, name);
		const cells: [number, number][] = [];
		g.forEach((row, r) => row.forEach((v, c) => v === 1 && cells.push([r, c])));
		return cells;
	}
	const square = (rows: number[], cols: number[]) => rows.flatMap((r) => cols.map((c) => [r, c]));

	for (const stack of [
		'conv3s1,conv3s1',
		'conv5s1',
		'conv3s1,pool2s2,conv3s1',
		'conv1s2,conv2s1',
		'conv3s2,conv3s2,pool2s2'
	]) {
		test(`${stack}: field, jump and start agree with walking the windows`, async ({ page }) => {
			await openEmbed(page, 'receptive-field', `layers=${stack}&size=32&row=1&col=2`);
			const want = expected(stack);
			expect(await num(page, 'receptive-field')).toBe(want.field);
			expect(await num(page, 'jump')).toBe(want.jump);
			expect(await num(page, 'start')).toBe(want.start);
			// The lit input pixels are exactly those output (1, 2) reads.
			const layers = parse(stack);
			expect(await lit(page, 'layer-0')).toEqual(square(seen(layers, 1), seen(layers, 2)));
		});
	}

	test('two 3×3 layers see 5×5 with fewer weights; picking a cell moves the lit patch', async ({
		page,
		expectClean
	}) => {
		await openEmbed(page, 'receptive-field');
		expect(await num(page, 'receptive-field')).toBe(5);
		expect(await num(page, 'stack-weights')).toBe(2 * 3 * 3 * 64 * 64);
		expect(await num(page, 'single-weights')).toBe(5 * 5 * 64 * 64);
		const span = (a: number, n: number) => Array.from({ length: n }, (_, i) => a + i);
		expect(await lit(page, 'layer-0')).toEqual(square(span(2, 5), span(2, 5)));
		expect(await lit(page, 'layer-1')).toEqual(square(span(2, 3), span(2, 3)));
		await page.locator('table[data-grid="layer-2"] td[data-r="0"][data-c="4"]').click();
		expect(await lit(page, 'layer-0')).toEqual(square(span(0, 5), span(4, 5)));
		await page.keyboard.press('ArrowDown');
		expect(await lit(page, 'layer-0')).toEqual(square(span(1, 5), span(4, 5)));
		expectClean();
	});

	test('a bad layer and a stack too wide are named; the defaults stay', async ({ page }) => {
		await openEmbed(page, 'receptive-field', 'layers=conv3x1');
		await expect(page.locator('main')).toContainText('layers');
		await expect(page.locator('main')).toContainText('conv3x1');
		expect(await num(page, 'receptive-field')).toBe(5);
		await openEmbed(page, 'receptive-field', 'layers=conv9s1,conv9s1,conv9s1,conv9s1');
		await expect(page.locator('[data-message="receptive-field"]')).toContainText('33×33');
		expect(await num(page, 'receptive-field')).toBe(5);
		await page.getByLabel('Layers, input to output').fill('conv3s1,pool2s2,conv3s1');
		await page.getByLabel('Layers, input to output').press('Enter');
		expect(await num(page, 'receptive-field')).toBe(8);
		expect(await num(page, 'jump-2')).toBe(2);
		await expect(page.locator('main')).not.toContainText('NaN');
	});
});

test.describe('conv-channels', () => {
	type M = number[][];
	const fmt = (ms: M[]) => ms.map((m) => m.map((r) => r.join(',')).join(';')).join('|');
	/** Independent reference: the 3-D window sum written out, zero padding p on every side. */
	function naive(x: M[], k: M[], bias: number, s: number, p: number) {
		const n = x[0].length,
			w = x[0][0].length,
			kk = k[0].length;
		const at = (c: number, r: number, q: number) => (r < 0 || q < 0 || r >= n || q >= w ? 0 : x[c][r][q]);
		const per: M[] = x.map(() => []);
		const pre: M = [];
		for (let r = -p; r + kk <= n + p; r += s) {
			const rowPre: number[] = [];
			per.forEach((m) => m.push([]));
			for (let q = -p; q + kk <= w + p; q += s) {
				let z = bias;
				x.forEach((_, c) => {
					let part = 0;
					for (let i = 0; i < kk; i++) for (let j = 0; j < kk; j++) part += at(c, r + i, q + j) * k[c][i][j];
					per[c][per[c].length - 1].push(part);
					z += part;
				});
				rowPre.push(z);
			}
			pre.push(rowPre);
		}
		return { per, pre, relu: pre.map((r) => r.map((v) => Math.max(0, v))) };
	}
	const X: M[] = [
		[
			[1, -2, 3, 0],
			[0.5, 4, -1, 2],
			[2, 2, 0, -3],
			[1, 0, 1, 1]
		],
		[
			[0, 1, 0, 1],
			[1, 0, 1, 0],
			[-1, -1, 2, 2],
			[3, 0, 0, 1]
		],
		[
			[2, 2, 2, 2],
			[0, 0, 0, 0],
			[1, -1, 1, -1],
			[0.25, 0, 0, 4]
		]
	];
	const K: M[] = [
		[
			[1, 0],
			[0, -1]
		],
		[
			[0.5, 0.5],
			[0.5, 0.5]
		],
		[
			[-1, 2],
			[0, 1]
		]
	];

	for (const [stride, padding] of [
		[1, 0],
		[2, 1],
		[1, 1]
	]) {
		test(`stride ${stride}, padding ${padding}: each channel, the pre-activation and ReLU match the 3-D sum`, async ({
			page
		}) => {
			await openEmbed(
				page,
				'conv-channels',
				`input=${fmt(X)}&kernel=${fmt(K)}&bias=-1.5&activation=relu&stride=${stride}&padding=${padding}`
			);
			const want = naive(X, K, -1.5, stride, padding);
			for (let c = 0; c < 3; c++) expect(await grid(page, `channel-${c}`)).toEqual(want.per[c]);
			expect(await grid(page, 'pre-activation')).toEqual(want.pre);
			expect(await grid(page, 'output')).toEqual(want.relu);
		});
	}

	test('linear activation keeps negatives; the picked cell shows its three sums', async ({
		page,
		expectClean
	}) => {
		await openEmbed(
			page,
			'conv-channels',
			`input=${fmt(X)}&kernel=${fmt(K)}&bias=2&activation=linear&row=2&col=0`
		);
		const want = naive(X, K, 2, 1, 0);
		expect(await grid(page, 'output')).toEqual(want.pre);
		for (let c = 0; c < 3; c++) expect(await num(page, `sum-${c}`)).toBe(want.per[c][2][0]);
		expect(await num(page, 'cell-pre-activation')).toBe(want.pre[2][0]);
		await page.locator('table[data-grid="output"] td[data-r="0"][data-c="1"]').click();
		expect(await num(page, 'cell-output')).toBe(want.pre[0][1]);
		expectClean();
	});

	test('the default shows ReLU at work: negative pre-activations become 0', async ({ page }) => {
		await openEmbed(page, 'conv-channels');
		const pre = (await grid(page, 'pre-activation')).flat();
		const out = (await grid(page, 'output')).flat();
		expect(pre.some((v) => v < 0)).toBe(true);
		expect(out).toEqual(pre.map((v) => Math.max(0, v)));
	});

	test('a wrong number of channels or a non-square slice is named; defaults stay', async ({ page }) => {
		await openEmbed(page, 'conv-channels', 'input=1,2;3,4|1,2;3,4&kernel=1,2,3;4,5,6|1|1');
		await expect(page.locator('main')).toContainText('“input”');
		await expect(page.locator('main')).toContainText('“kernel”');
		await expect(page.locator('main')).toContainText('square');
		expect((await grid(page, 'output')).length).toBe(3);
		await openEmbed(
			page,
			'conv-channels',
			'kernel=1,1,1,1,1;1,1,1,1,1;1,1,1,1,1;1,1,1,1,1;1,1,1,1,1|1,1,1,1,1;1,1,1,1,1;1,1,1,1,1;1,1,1,1,1;1,1,1,1,1|1,1,1,1,1;1,1,1,1,1;1,1,1,1,1;1,1,1,1,1;1,1,1,1,1&input=1,2;3,4|1,2;3,4|1,2;3,4'
		);
		await expect(page.locator('[data-message="conv-channels"]')).toContainText('does not fit');
		await expect(page.locator('main')).not.toContainText('NaN');
	});
});

test.describe('optimizers', () => {
	// The two losses, written here from their definitions (CONTRACT: as gradient-descent-2d).
	const GRAD = {
		bowl: (x: number, y: number) => [2 * x, 2 * y],
		valley: (x: number, y: number) => [x / 5, 4 * y]
	};
	const LOSS = {
		bowl: (x: number, y: number) => x * x + y * y,
		valley: (x: number, y: number) => (x * x) / 10 + 2 * y * y
	};
	type Fn = keyof typeof GRAD;
	interface Opts {
		lr: number;
		steps: number;
		beta: number;
		b1: number;
		b2: number;
		eps: number;
	}
	/** The three updates, one coordinate at a time, as the contract and Kingma & Ba write them. */
	function reference(fn: Fn, x0: number, y0: number, o: Opts) {
		let gd = [x0, y0];
		let hb = [x0, y0],
			v = [0, 0];
		const ad = [x0, y0],
			m = [0, 0],
			u = [0, 0];
		for (let t = 1; t <= o.steps; t++) {
			const g1 = GRAD[fn](gd[0], gd[1]);
			gd = [gd[0] - o.lr * g1[0], gd[1] - o.lr * g1[1]];
			const g2 = GRAD[fn](hb[0], hb[1]);
			v = [o.beta * v[0] - o.lr * g2[0], o.beta * v[1] - o.lr * g2[1]];
			hb = [hb[0] + v[0], hb[1] + v[1]];
			const g3 = GRAD[fn](ad[0], ad[1]);
			for (let i = 0; i < 2; i++) {
				m[i] = o.b1 * m[i] + (1 - o.b1) * g3[i];
				u[i] = o.b2 * u[i] + (1 - o.b2) * g3[i] * g3[i];
				const mHat = m[i] / (1 - Math.pow(o.b1, t));
				const uHat = u[i] / (1 - Math.pow(o.b2, t));
				ad[i] = ad[i] - (o.lr * mHat) / (Math.sqrt(uHat) + o.eps);
			}
		}
		return { gd, momentum: hb, adam: ad };
	}

	const cases: [Fn, number, number, Opts][] = [
		['valley', -4, 1.5, { lr: 0.1, steps: 30, beta: 0.9, b1: 0.9, b2: 0.999, eps: 1e-8 }],
		['bowl', 3, -2, { lr: 0.05, steps: 17, beta: 0.5, b1: 0.8, b2: 0.99, eps: 0.001 }],
		['valley', 2.5, -3, { lr: 0.3, steps: 120, beta: 0.7, b1: 0.95, b2: 0.9999, eps: 1e-6 }]
	];
	for (const [fn, x0, y0, o] of cases) {
		test(`${fn} from (${x0}, ${y0}), lr ${o.lr}, ${o.steps} steps: all three match the published updates`, async ({
			page
		}) => {
			await openEmbed(
				page,
				'optimizers',
				`fn=${fn}&x0=${x0}&y0=${y0}&lr=${o.lr}&steps=${o.steps}&momentum=${o.beta}&beta1=${o.b1}&beta2=${o.b2}&eps=${o.eps}`
			);
			const want = reference(fn, x0, y0, o);
			for (const name of ['gd', 'momentum', 'adam'] as const) {
				const [x, y] = want[name];
				expect(await num(page, `x-${name}`)).toBeCloseTo(x, 10);
				expect(await num(page, `y-${name}`)).toBeCloseTo(y, 10);
				expect(await num(page, `loss-${name}`)).toBeCloseTo(LOSS[fn](x, y), 10);
			}
		});
	}

	test('stepping changes every optimiser by one update; the per-step table has each position', async ({
		page,
		expectClean
	}) => {
		await openEmbed(page, 'optimizers', 'steps=5');
		await page.getByRole('button', { name: 'Step', exact: true }).click();
		const o = { lr: 0.1, steps: 6, beta: 0.9, b1: 0.9, b2: 0.999, eps: 1e-8 };
		const want = reference('valley', -4, 1.5, o);
		expect(await num(page, 'x-adam')).toBeCloseTo(want.adam[0], 10);
		const rows = await grid(page, 'path-momentum');
		expect(rows.length).toBe(7);
		expect(rows[6][0]).toBeCloseTo(want.momentum[0], 10);
		expect(rows[6][1]).toBeCloseTo(want.momentum[1], 10);
		expectClean();
	});

	test('a diverging run says so instead of showing a number; bad values are named', async ({ page }) => {
		await openEmbed(page, 'optimizers', 'lr=0.9&steps=200&momentum=0');
		// Valley, lr 0.9: the y factor is 1 − 4·0.9 = −2.6, so gradient descent leaves ±1e6.
		await expect(page.locator('output[name="x-gd"]')).toHaveAttribute('data-value', '');
		await expect(page.locator('output[name="x-gd"]')).toContainText('diverged');
		expect(await num(page, 'x-adam')).not.toBeNaN();
		await openEmbed(page, 'optimizers', 'lr=abc&beta2=2');
		await expect(page.locator('main')).toContainText('“lr”');
		await expect(page.locator('main')).toContainText('beta2');
		await expect(page.locator('main')).not.toContainText('NaN');
	});
});

test.describe('backprop-stepper gradient check', () => {
	// The lesson's network, written out here: sigmoid hidden layer, linear output, L = ½(y − ŷ)².
	const W1 = [
		[0.5, -0.3],
		[0.8, 0.2],
		[-0.6, 0.9]
	];
	const B1 = [0.1, -0.2, 0.05];
	const W2 = [1.2, -0.7, 0.4];
	const X = [1, 0.5];
	const sig = (z: number) => 1 / (1 + Math.exp(-z));
	type P = { w1: number[][]; b1: number[]; w2: number[]; b2: number };
	function lossOf(p: P, y: number) {
		const a = p.w1.map((row, j) => sig(row[0] * X[0] + row[1] * X[1] + p.b1[j]));
		const yhat = a.reduce((s, aj, j) => s + p.w2[j] * aj, p.b2);
		return 0.5 * (y - yhat) ** 2;
	}
	const base = (): P => ({ w1: W1.map((r) => [...r]), b1: [...B1], w2: [...W2], b2: 0.1 });
	/** Backprop for this network by the chain rule, one parameter at a time. */
	function chainRule(name: string, y: number) {
		const p = base();
		const a = p.w1.map((row, j) => sig(row[0] * X[0] + row[1] * X[1] + p.b1[j]));
		const yhat = a.reduce((s, aj, j) => s + p.w2[j] * aj, p.b2);
		const d = yhat - y;
		let m: RegExpExecArray | null;
		if (name === 'b2') return d;
		if ((m = /^w2-(\d)$/.exec(name))) return d * a[+m[1] - 1];
		if ((m = /^b1-(\d)$/.exec(name))) return d * p.w2[+m[1] - 1] * a[+m[1] - 1] * (1 - a[+m[1] - 1]);
		m = /^w1-(\d)-(\d)$/.exec(name)!;
		const j = +m[1] - 1;
		return d * p.w2[j] * a[j] * (1 - a[j]) * X[+m[2] - 1];
	}
	function moved(name: string, delta: number): P {
		const p = base();
		let m: RegExpExecArray | null;
		if (name === 'b2') p.b2 += delta;
		else if ((m = /^w2-(\d)$/.exec(name))) p.w2[+m[1] - 1] += delta;
		else if ((m = /^b1-(\d)$/.exec(name))) p.b1[+m[1] - 1] += delta;
		else if ((m = /^w1-(\d)-(\d)$/.exec(name))) p.w1[+m[1] - 1][+m[2] - 1] += delta;
		return p;
	}

	for (const [name, h] of [
		['w1-1-1', 1e-4],
		['w1-3-2', 1e-3],
		['b1-2', 0.01],
		['w2-1', 1e-4],
		['b2', 0.1]
	] as const) {
		test(`nudge ${name} by ${h}: the central difference and backprop, both worked out here`, async ({
			page
		}) => {
			await openEmbed(page, 'backprop-stepper', `nudge=${name}&h=${h}`);
			const numeric = (lossOf(moved(name, h), 1) - lossOf(moved(name, -h), 1)) / (2 * h);
			expect(await num(page, 'numeric-gradient')).toBeCloseTo(numeric, 12);
			expect(await num(page, 'analytic-gradient')).toBeCloseTo(chainRule(name, 1), 12);
			// And they agree with each other to O(h²).
			expect(Math.abs(numeric - chainRule(name, 1))).toBeLessThan(Math.max(1e-7, h * h));
		});
	}

	test('the worked example: ∂L/∂v₁ = −0.2717 both ways; choosing another parameter updates both', async ({
		page,
		expectClean
	}) => {
		await openEmbed(page, 'backprop-stepper', 'nudge=w2-1');
		expect(await num(page, 'analytic-gradient')).toBeCloseTo(-0.2717, 4);
		expect(await num(page, 'numeric-gradient')).toBeCloseTo(-0.2717, 4);
		await page.getByLabel('Parameter to nudge').selectOption('b1-3');
		expect(await num(page, 'analytic-gradient')).toBeCloseTo(chainRule('b1-3', 1), 12);
		await expect(page).toHaveURL(/backprop-stepper/);
		expectClean();
	});

	test('an unknown or malformed parameter name is named in a message', async ({ page }) => {
		await openEmbed(page, 'backprop-stepper', 'nudge=w1-9-1');
		await expect(page.locator('main')).toContainText('w1-9-1');
		expect(await num(page, 'analytic-gradient')).toBeCloseTo(chainRule('w1-1-1', 1), 12);
		await openEmbed(page, 'backprop-stepper', 'nudge=weight&h=0');
		await expect(page.locator('main')).toContainText('“nudge”');
		await expect(page.locator('main')).toContainText('“h”');
		await expect(page.locator('main')).not.toContainText('NaN');
	});
});

test.describe('global-pooling', () => {
	test('lengths and dense parameters after flattening and after global pooling, counted here', async ({
		page,
		expectClean
	}) => {
		for (const [size, channels, units] of [
			[8, 32, 1],
			[8, 32, 64],
			[16, 32, 64],
			[5, 3, 10]
		]) {
			await openEmbed(page, 'global-pooling', `size=${size}&channels=${channels}&units=${units}`);
			const flat = size * size * channels;
			expect(await num(page, 'flatten-length')).toBe(flat);
			expect(await num(page, 'global-length')).toBe(channels);
			// one weight per input and unit, plus one bias per unit
			expect(await num(page, 'flatten-dense-params')).toBe(flat * units + units);
			expect(await num(page, 'global-dense-params')).toBe(channels * units + units);
		}
		expectClean();
	});

	test('the example: flattened with the maps interleaved, global pooling keeps each maximum', async ({
		page
	}) => {
		await openEmbed(page, 'global-pooling');
		const maps = await Promise.all([0, 1, 2].map((k) => grid(page, `map-${k}`)));
		const flat = (await grid(page, 'flattened'))[0];
		const want: number[] = [];
		for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) for (const m of maps) want.push(m[r][c]);
		expect(flat).toEqual(want);
		expect((await grid(page, 'global'))[0]).toEqual(maps.map((m) => Math.max(...m.flat())));
	});

	test('an out-of-range value is clamped and named', async ({ page }) => {
		await openEmbed(page, 'global-pooling', 'channels=9999&size=x');
		await expect(page.locator('main')).toContainText('“channels”');
		await expect(page.locator('main')).toContainText('“size”');
		expect(await num(page, 'global-length')).toBe(256);
	});
});

test.describe('pixelation', () => {
	/** The gray bytes a picture's canvas shows, read back from the page. */
	async function canvasBytes(page: Page, n: number): Promise<number[]> {
		const figure = page.locator('figure').filter({ has: page.locator(`output[name="pit-px-${n}"]`) });
		return figure.locator('canvas').evaluate((c: HTMLCanvasElement) => {
			const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
			return Array.from({ length: c.width * c.height }, (_, i) => d[4 * i]);
		});
	}

	test('each smaller picture is the 300 px one averaged in blocks, and the pit shrinks in proportion', async ({
		page,
		expectClean
	}) => {
		await openEmbed(page, 'pixelation', 'sizes=30,60,300');
		const full = await canvasBytes(page, 300);
		expect(full.length).toBe(300 * 300);
		for (const n of [30, 60]) {
			const small = await canvasBytes(page, n);
			const b = 300 / n;
			let worst = 0;
			for (let y = 0; y < n; y++)
				for (let x = 0; x < n; x++) {
					let s = 0;
					for (let j = 0; j < b; j++) for (let i = 0; i < b; i++) s += full[(y * b + j) * 300 + x * b + i];
					worst = Math.max(worst, Math.abs(small[y * n + x] - s / (b * b)));
				}
			// bytes rounded before and after averaging differ by at most one level
			expect(worst).toBeLessThanOrEqual(1);
			expect((await num(page, `pit-px-${n}`)) * (300 / n)).toBeCloseTo(await num(page, 'pit-px-300'), 9);
			expect(await num(page, `pit-contrast-${n}`)).toBeLessThanOrEqual(await num(page, 'pit-contrast-300'));
		}
		expectClean();
	});

	test('lesson 6: the default pinhole is plain at 64 px and gone at 16 px; the marker is a labelled checkbox', async ({
		page
	}) => {
		await page.goto('/lessons/images-as-data/');
		const w = page.locator('[data-widget="pixelation"]');
		await expect(w.locator('output[name="pit-px-300"]')).toBeVisible();
		const contrast = async (n: number) =>
			Number(await w.locator(`output[name="pit-contrast-${n}"]`).getAttribute('data-value'));
		expect(await contrast(64)).toBeGreaterThan(40);
		expect(await contrast(16)).toBeLessThan(10);
		const mark = w.getByLabel('Mark where the pit is');
		await mark.focus();
		await page.keyboard.press('Space');
		await expect(mark).toBeChecked();
		await expect(w.locator('.mark')).toHaveCount(5);
	});

	test('bad sizes are named and the defaults kept', async ({ page }) => {
		await openEmbed(page, 'pixelation', 'sizes=8.5,16');
		await expect(page.locator('main')).toContainText('“sizes”');
		expect(await num(page, 'pit-px-300')).toBeGreaterThan(0);
		await expect(page.locator('main')).not.toContainText('NaN');
	});
});
