// The public URL contract (docs/CONTRACT.md): every route it names exists and renders.
import { test, expect, openEmbed } from './fixtures';
import { lessonSlugs, widgetNames } from './site';

const CONTRACT_LESSONS = [
	'environments',
	'age-of-ai',
	'neural-networks',
	'backpropagation',
	'classification-metrics',
	'images-as-data',
	'convolution',
	'pooling-and-flattening',
	'fitting-and-augmentation',
	'case-study'
];
const CONTRACT_WIDGETS = [
	'convolution',
	'filter-gallery',
	'pooling',
	'gradient-descent',
	'confusion-matrix',
	'threshold',
	'augmentation',
	'training-lab'
];

test('every lesson of the contract exists, in course order', async ({ page }) => {
	expect(lessonSlugs).toEqual(CONTRACT_LESSONS);
	await page.goto('/');
	const order = await page
		.locator('li.lesson')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')));
	expect(order).toEqual(CONTRACT_LESSONS);
	for (const slug of CONTRACT_LESSONS)
		await expect(page.locator(`li.lesson[data-slug="${slug}"] a`).first()).toHaveAttribute(
			'href',
			new RegExp(`/lessons/${slug}/$`)
		);
});

test('every widget of the contract has an embed route', async ({ page }) => {
	for (const name of CONTRACT_WIDGETS) {
		expect(widgetNames).toContain(name);
		await openEmbed(page, name);
	}
});
