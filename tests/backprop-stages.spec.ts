// The backprop stepper's diagram follows its stages (issue 14 item 3): each stage lights the
// neurons and edges it involves (data-active="true", the rest "false") and, from the stage that
// computes them, writes the gradients on their edges (data-grad), equal to the stepper's own
// readouts: grad-w2-j (stage 5 on) and the grad-w1 grid (stage 7 on).
import { test, expect, openEmbed, scanAxe } from './fixtures';
import type { Page } from '@playwright/test';

const H = ['h1', 'h2', 'h3'];
const X = ['x1', 'x2'];
const W1 = ['w1-1-1', 'w1-1-2', 'w1-2-1', 'w1-2-2', 'w1-3-1', 'w1-3-2'];
const W2 = ['w2-1', 'w2-2', 'w2-3'];
const ALL_NODES = [...X, ...H, 'out'];
const ALL_EDGES = [...W1, ...W2];

// stage (0-based) → lit nodes, lit edges, edges with a gradient written on them
const STAGES: [string, string[], string[], string[]][] = [
	['1. Forward: hidden layer', [...X, ...H], W1, []],
	['2. Forward: output', [...H, 'out'], W2, []],
	['3. Loss', ['out'], [], []],
	['4. Output error δ', ['out'], [], []],
	['5. Output-layer gradients', [...H, 'out'], W2, W2],
	['6. Hidden errors (chain rule)', [...H, 'out'], W2, W2],
	['7. Hidden-layer gradients', [...X, ...H], W1, ALL_EDGES],
	['8. Update', [...H, 'out'], ALL_EDGES, ALL_EDGES]
];

const diagram = (page: Page) => page.locator('section[data-widget="backprop-stepper"] svg.diagram');

async function litSets(page: Page) {
	return diagram(page).evaluate((svg) => {
		const pick = (sel: string, attr: string, v: string) =>
			[...svg.querySelectorAll(`${sel}[data-active="${v}"]`)].map((e) => e.getAttribute(attr)!).sort();
		return {
			nodes: pick('[data-node]', 'data-node', 'true'),
			edges: pick('line[data-edge]', 'data-edge', 'true'),
			offNodes: pick('[data-node]', 'data-node', 'false'),
			offEdges: pick('line[data-edge]', 'data-edge', 'false'),
			labels: [...svg.querySelectorAll('text[data-grad]')].map((e) => e.getAttribute('data-edge')!).sort()
		};
	});
}

for (const [i, [stage, nodes, edges, labelled]] of STAGES.entries()) {
	test(`stage ${stage}: lit neurons and edges, gradients on their edges`, async ({ page, expectClean }) => {
		await openEmbed(page, 'backprop-stepper', `stage=${i}`);
		await expect(page.locator('li[aria-current="step"]')).toHaveText(stage);
		const got = await litSets(page);
		expect(got.nodes).toEqual([...nodes].sort());
		expect(got.edges).toEqual([...edges].sort());
		expect(got.offNodes).toEqual(ALL_NODES.filter((n) => !nodes.includes(n)).sort());
		expect(got.offEdges).toEqual(ALL_EDGES.filter((e) => !edges.includes(e)).sort());
		expect(got.labels).toEqual([...labelled].sort());
		// each label equals the stepper's own readout, value and text
		for (const id of labelled) {
			const label = diagram(page).locator(`text[data-grad][data-edge="${id}"]`);
			const cell = id.startsWith('w2')
				? page.locator(`output[name="grad-${id}"]`)
				: page.locator(
						`table[data-grid="grad-w1"] tr:nth-child(${id.split('-')[1]}) td:nth-child(${id.split('-')[2]})`
					);
			const value = await cell.getAttribute('data-value');
			expect(value).not.toBeNull();
			expect(value).not.toBe('');
			await expect(label).toHaveAttribute('data-grad', value!);
			await expect(label).toHaveText((await cell.textContent())!.trim());
		}
		expectClean();
	});
}

test('Next and Back move the lighting with the stage; a changed input changes the labels', async ({
	page
}) => {
	await openEmbed(page, 'backprop-stepper', 'stage=3');
	await page.getByRole('button', { name: 'Next' }).click();
	expect((await litSets(page)).labels).toEqual([...W2].sort());
	await page.getByRole('button', { name: 'Back' }).click();
	expect((await litSets(page)).labels).toEqual([]);
	await page.getByRole('button', { name: 'Next' }).click();
	const label = diagram(page).locator('text[data-grad][data-edge="w2-1"]');
	const before = await label.getAttribute('data-grad');
	const x1 = page.getByLabel('x₁', { exact: true });
	await x1.fill('2');
	await x1.press('Enter');
	await expect(label).not.toHaveAttribute('data-grad', before!);
	await expect(label).toHaveAttribute(
		'data-grad',
		(await page.locator('output[name="grad-w2-1"]').getAttribute('data-value'))!
	);
	expect(await scanAxe(page)).toEqual([]);
});

test('under reduced motion the lighting is instant; text stays ≥ 12 px on a 390 px phone', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.setViewportSize({ width: 390, height: 844 });
	await openEmbed(page, 'backprop-stepper', 'stage=6');
	const durations = await diagram(page).evaluate((svg) =>
		[...svg.querySelectorAll('line, circle')].map((e) => getComputedStyle(e).transitionDuration)
	);
	// (the site's reduced-motion rule leaves 0.01 ms: nothing to see)
	expect(durations.every((d) => d.split(',').every((x) => parseFloat(x) < 0.001))).toBe(true);
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	const smallest = await diagram(page).evaluate((svg) =>
		Math.min(
			...[...svg.querySelectorAll<SVGTextElement>('text')].map((t) => {
				const box = t.getBBox();
				return (parseFloat(getComputedStyle(t).fontSize) * t.getBoundingClientRect().height) / box.height;
			})
		)
	);
	expect(smallest).toBeGreaterThanOrEqual(11.9);
	// with motion allowed, the lighting fades
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	const moving = await diagram(page)
		.locator('line')
		.first()
		.evaluate((e) => getComputedStyle(e).transitionDuration);
	expect(parseFloat(moving)).toBeGreaterThan(0.1);
});
