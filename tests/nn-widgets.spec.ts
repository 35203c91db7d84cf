// The network, activation, backprop-stepper and fitting widgets, driven by mouse, keyboard and
// typed values, checked against numbers computed here by hand (independently of src/lib/math).
import { test, expect, openEmbed, readout, grid } from './fixtures';

const sig = (z: number) => 1 / (1 + Math.exp(-z));
const num = async (page: Parameters<typeof readout>[0], name: string) => Number(await readout(page, name));

// The default network: x = (1, 0.5), three sigmoid hidden neurons, one output.
const W1 = [
	[0.5, -0.3],
	[0.8, 0.2],
	[-0.6, 0.9]
];
const B1 = [0.1, -0.2, 0.05];
const V = [1.2, -0.7, 0.4];
const C = 0.1;
const X = [1, 0.5];
const Z1 = W1.map((w, j) => w[0] * X[0] + w[1] * X[1] + B1[j]);
const A1 = Z1.map(sig);
const Z2 = V[0] * A1[0] + V[1] * A1[1] + V[2] * A1[2] + C;

test.describe('network', () => {
	test('forward pass matches the hand computation; SSE of the target', async ({ page, expectClean }) => {
		await openEmbed(page, 'network');
		for (let j = 0; j < 3; j++) {
			expect(await num(page, `z-h${j + 1}`)).toBeCloseTo(Z1[j], 12);
			expect(await num(page, `a-h${j + 1}`)).toBeCloseTo(A1[j], 12);
		}
		expect(Z1).toEqual([expect.closeTo(0.45, 12), expect.closeTo(0.7, 12), expect.closeTo(-0.1, 12)]);
		expect(await num(page, 'yhat')).toBeCloseTo(Z2, 12);
		expect(await num(page, 'loss')).toBeCloseTo(0.5 * (1 - Z2) ** 2, 12);
		expectClean();
	});

	test('the lesson’s SSE example: y = 61.5, ŷ = −0.986 gives ≈ 1952.25', async ({ page }) => {
		await openEmbed(page, 'network', 'w2=0,0,0&b2=-0.986&y=61.5');
		expect(await num(page, 'yhat')).toBe(-0.986);
		expect(await num(page, 'loss')).toBeCloseTo(0.5 * 62.486 ** 2, 9);
		expect(await num(page, 'loss')).toBeCloseTo(1952.25, 2);
	});

	test('classification: sigmoid output and cross-entropy for both labels', async ({ page }) => {
		await openEmbed(page, 'network');
		await page.getByLabel(/classification/).check();
		const q = sig(Z2);
		expect(await num(page, 'yhat')).toBeCloseTo(q, 12);
		expect(await num(page, 'loss')).toBeCloseTo(-Math.log(q), 12);
		const label = page.getByLabel('Label y (0 or 1)');
		await label.fill('0');
		await label.press('Enter');
		expect(await num(page, 'loss')).toBeCloseTo(-Math.log(1 - q), 12);
	});

	test('classification: a label that is not 0 or 1 is moved to the nearer one, with a message naming y', async ({
		page
	}) => {
		for (const [y, used] of [
			['3', 1],
			['-1', 0]
		] as const) {
			await openEmbed(page, 'network', `output=classification&y=${y}`);
			await expect(page.getByText(`y = ${y} is not a label`)).toBeVisible();
			const q = sig(Z2);
			expect(await num(page, 'loss')).toBeCloseTo(used === 1 ? -Math.log(q) : -Math.log(1 - q), 12);
			expect(await num(page, 'loss')).toBeGreaterThan(0);
		}
		await openEmbed(page, 'network', 'output=regression&y=3');
		await expect(page.getByText(/is not a label/)).toHaveCount(0);
	});

	test('typed weights, ReLU, refused input, and the neuron’s written computation', async ({ page }) => {
		await openEmbed(page, 'network');
		await page.getByText('Edit inputs, weights and biases').click();
		const w11 = page.getByLabel('w₁₁');
		await w11.fill('-0.5');
		await w11.press('Enter');
		expect(await num(page, 'z-h1')).toBeCloseTo(-0.55, 12);
		await w11.fill('lots');
		await w11.press('Enter');
		await expect(page.getByText('“lots” is not a number. Keeping -0.5.')).toBeVisible();
		expect(await num(page, 'z-h1')).toBeCloseTo(-0.55, 12);
		await page.getByLabel('Hidden activation').selectOption('relu');
		expect(await num(page, 'a-h1')).toBe(0);
		expect(await num(page, 'a-h2')).toBeCloseTo(0.7, 12);
		await page.locator('[data-neuron="h2"]').focus();
		await expect(page.locator('[data-explain]')).toContainText('z₂ = 0.8×1 + 0.2×0.5 − 0.2 = 0.7');
		await expect(page.locator('[data-explain]')).toContainText('a₂ = ReLU(0.7) = 0.7');
		await page.locator('[data-neuron="out"]').hover();
		await expect(page.locator('[data-explain]')).toContainText('ŷ = z =');
	});

	test('growing the network: a third input and a fourth hidden neuron, then back', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openEmbed(page, 'network');
		await page.getByRole('button', { name: 'Add hidden neuron' }).click();
		await expect(page.getByRole('button', { name: 'Add hidden neuron' })).toBeDisabled();
		await page.getByRole('button', { name: 'Add input' }).click();
		await expect(page.locator('output[name="z-h4"]')).toHaveCount(1);
		// Read the grown network back from its Share link and check the forward pass by hand.
		await page.getByRole('button', { name: 'Share' }).click();
		const link = new URL((await page.locator('[data-share-link]').first().getAttribute('href'))!);
		const rows = link.searchParams
			.get('w1')!
			.split(';')
			.map((r) => r.split(',').map(Number));
		const b1 = link.searchParams.get('b1')!.split(',').map(Number);
		const x = link.searchParams.get('x')!.split(',').map(Number);
		expect(rows.length).toBe(4);
		expect(x.length).toBe(3);
		for (let j = 0; j < 4; j++) {
			const z = rows[j][0] * x[0] + rows[j][1] * x[1] + rows[j][2] * x[2] + b1[j];
			expect(await num(page, `z-h${j + 1}`)).toBeCloseTo(z, 12);
		}
		await openEmbed(page, 'network', link.search.slice(1));
		await expect(page.locator('output[name="z-h4"]')).toHaveCount(1);
		await page.getByRole('button', { name: 'Remove hidden neuron' }).click();
		await page.getByRole('button', { name: 'Remove input' }).click();
		await expect(page.locator('output[name="z-h4"]')).toHaveCount(0);
		expect(await num(page, 'yhat')).toBeCloseTo(Z2, 12);
	});

	test('shapes that do not agree are refused with a message; defaults shown', async ({ page }) => {
		await openEmbed(page, 'network', 'x=1,2,3&w1=1,2;3,4');
		await expect(page.getByText(/x has 3 values but w1 has 2 columns/)).toBeVisible();
		expect(await num(page, 'z-h1')).toBeCloseTo(Z1[0], 12);
		await openEmbed(page, 'network', 'w1=1,x;3,4');
		await expect(page.getByRole('status').filter({ hasText: '“w1”' })).toBeVisible();
	});
});

test.describe('activation', () => {
	test('values and slopes at z, keyboard and drag', async ({ page, expectClean }) => {
		await openEmbed(page, 'activation', 'fn=tanh&z=0.5');
		expect(await num(page, 'value')).toBeCloseTo(Math.tanh(0.5), 14);
		expect(await num(page, 'derivative')).toBeCloseTo(1 - Math.tanh(0.5) ** 2, 14);
		expect(await num(page, 'value-sigmoid')).toBeCloseTo(sig(0.5), 14);
		expect(await num(page, 'derivative-sigmoid')).toBeCloseTo(sig(0.5) * (1 - sig(0.5)), 14);
		await page.locator('[data-handle="z"]').focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		expect(await num(page, 'z')).toBeCloseTo(0.8, 12);
		await page.keyboard.press('Home');
		expect(await num(page, 'z')).toBe(-6);
		await page.getByLabel('ReLU').check();
		expect(await num(page, 'value')).toBe(0);
		expect(await num(page, 'derivative')).toBe(0);
		const box = (await page.locator('[data-widget="activation"] svg').first().boundingBox())!;
		// z ∈ [−6, 6] spans the viewBox 40…548 of 560 units: aim at z = 2.
		await page.mouse.click(box.x + ((40 + (8 / 12) * 508) / 560) * box.width, box.y + box.height / 2);
		const z = await num(page, 'z');
		expect(z).toBeCloseTo(2, 0);
		expect(await num(page, 'value')).toBe(z);
		expect(await num(page, 'derivative')).toBe(1);
		expectClean();
	});
});

test.describe('backprop-stepper', () => {
	test('Next through the stages; gradients and the update match a hand backprop', async ({
		page,
		expectClean
	}) => {
		await openEmbed(page, 'backprop-stepper');
		const lr = 0.1,
			y = 1;
		const d = Z2 - y;
		const d1 = A1.map((a, j) => d * V[j] * a * (1 - a));
		await expect(page.locator('output[name="delta-out"]')).toHaveCount(0);
		for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next' }).click();
		expect(await num(page, 'delta-out')).toBeCloseTo(d, 12);
		expect(await num(page, 'loss')).toBeCloseTo(0.5 * d * d, 12);
		for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
		for (let j = 0; j < 3; j++) {
			expect(await num(page, `grad-w2-${j + 1}`)).toBeCloseTo(d * A1[j], 12);
			expect(await num(page, `delta-h${j + 1}`)).toBeCloseTo(d1[j], 12);
			expect(await num(page, `new-w2-${j + 1}`)).toBeCloseTo(V[j] - lr * d * A1[j], 12);
		}
		const g = await grid(page, 'grad-w1');
		const nw = await grid(page, 'new-w1');
		for (let j = 0; j < 3; j++)
			for (let i = 0; i < 2; i++) {
				expect(g[j][i]).toBeCloseTo(d1[j] * X[i], 12);
				expect(nw[j][i]).toBeCloseTo(W1[j][i] - lr * d1[j] * X[i], 12);
			}
		expect(await num(page, 'new-b2')).toBeCloseTo(C - lr * d, 12);
		const before = await num(page, 'loss');
		const after = await num(page, 'new-loss');
		expect(after).toBeLessThan(before);
		await page.getByRole('button', { name: 'Back' }).click();
		await expect(page.locator('output[name="new-loss"]')).toHaveCount(0);
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByRole('button', { name: 'Keep the new weights and go again' }).click();
		for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Next' }).click();
		expect(await num(page, 'loss')).toBeCloseTo(after, 12);
		expectClean();
	});

	test('classification: δ = q − y; a too-large typed rate raises the loss', async ({ page }) => {
		await openEmbed(page, 'backprop-stepper', 'output=classification&stage=3');
		expect(await num(page, 'delta-out')).toBeCloseTo(sig(Z2) - 1, 12);
		await openEmbed(page, 'backprop-stepper', 'stage=7');
		const lr = page.getByLabel('Learning rate lr');
		await lr.fill('2');
		await lr.press('Enter');
		expect(await num(page, 'new-loss')).toBeGreaterThan(await num(page, 'loss'));
	});
});

/** Least squares by the normal equations, solved by Gaussian elimination (test-side reference). */
function lsq(xs: number[], ys: number[], d: number): number[] {
	const m = d + 1;
	const A = Array.from({ length: m }, (_, r) =>
		Array.from({ length: m + 1 }, (_, c) =>
			c < m ? xs.reduce((s, x) => s + x ** (r + c), 0) : xs.reduce((s, x, i) => s + ys[i] * x ** r, 0)
		)
	);
	for (let k = 0; k < m; k++) {
		for (let r = k + 1; r < m; r++) {
			const f = A[r][k] / A[k][k];
			for (let c = k; c <= m; c++) A[r][c] -= f * A[k][c];
		}
	}
	const c = new Array(m).fill(0);
	for (let k = m - 1; k >= 0; k--) {
		let s = A[k][m];
		for (let j = k + 1; j < m; j++) s -= A[k][j] * c[j];
		c[k] = s / A[k][k];
	}
	return c;
}
const mse = (c: number[], pts: number[][]) =>
	pts.reduce((s, [x, y]) => s + (c.reduce((p, ck, k) => p + ck * x ** k, 0) - y) ** 2, 0) / pts.length;

test.describe('fitting', () => {
	test('training and validation error match an independent least-squares fit', async ({
		page,
		expectClean
	}) => {
		await openEmbed(page, 'fitting', 'degree=2&seed=5');
		const train = await grid(page, 'train-points');
		const val = await grid(page, 'validation-points');
		expect(train.length).toBe(10);
		const c = lsq(
			train.map((p) => p[0]),
			train.map((p) => p[1]),
			2
		);
		expect(await num(page, 'train-error')).toBeCloseTo(mse(c, train), 9);
		expect(await num(page, 'validation-error')).toBeCloseTo(mse(c, val), 9);
		expectClean();
	});

	test('seed 2, degree 3: a train/validation gap, yet a good fit by the validation curve, with its limit', async ({
		page
	}) => {
		await openEmbed(page, 'fitting', 'degree=3&seed=2');
		const train = await grid(page, 'train-points');
		const val = await grid(page, 'validation-points');
		// Every degree fitted independently; the rule: good within 10% of the lowest plus 0.001.
		const vs = [...Array(10).keys()].map((d) =>
			mse(
				lsq(
					train.map((p) => p[0]),
					train.map((p) => p[1]),
					d
				),
				val
			)
		);
		const lowest = Math.min(...vs);
		expect(await num(page, 'train-error')).toBeLessThan((await num(page, 'validation-error')) / 5);
		expect(vs[3]).toBeLessThanOrEqual(lowest * 1.1 + 0.001);
		expect(await readout(page, 'verdict')).toBe('good');
		const sentence = page.locator('p.verdict');
		await expect(sentence).toContainText(`degree ${vs.indexOf(lowest)}, ${+lowest.toPrecision(4)}`);
		await expect(sentence).toContainText(`good-fit limit ${+(lowest * 1.1 + 0.001).toPrecision(4)}`);
	});

	test('the degree slider by keyboard; overfitting at degree n − 1; capped degree', async ({ page }) => {
		await openEmbed(page, 'fitting', 'degree=3');
		const slider = page.getByLabel(/Polynomial degree/).first();
		await slider.focus();
		await page.keyboard.press('End');
		expect(await readout(page, 'degree')).toBe('9');
		expect(await num(page, 'train-error')).toBeLessThan(1e-12);
		expect(await num(page, 'validation-error')).toBeGreaterThan(1);
		await expect(page.getByText(/^Overfitting/)).toBeVisible();
		expect(await readout(page, 'verdict')).toBe('overfitting');
		await page.keyboard.press('Home');
		expect(await readout(page, 'degree')).toBe('0');
		expect(await readout(page, 'verdict')).toBe('underfitting');
		await openEmbed(page, 'fitting', 'degree=12&n=5');
		expect(await readout(page, 'degree')).toBe('4');
		await expect(page.getByText(/with 5 points the highest is 4/)).toBeVisible();
	});
});
