// The lab's layer list: each row's settings (number boxes and choices, src/lib/widgets/training-lab/
// ArchitecturePanel.svelte) change the layer they belong to, and the shapes and the parameter
// total follow. Expected values are worked out here by Keras's rules, not by the lab's code.
import { test, expect, openEmbed, readout } from './fixtures';

test('a conv row’s kernel, padding and activation change its layer; shapes and total follow', async ({
	page,
	expectClean
}) => {
	await openEmbed(page, 'training-lab', 'size=24');
	const row = page.locator('table.arch tbody tr').nth(1);
	const shape = row.locator('td').nth(3);
	// the default first block: 3×3 same, 16 filters on 24×24×1
	await expect(shape).toHaveText('(24, 24, 16)');
	const total = 160 + 4640 + 9248 + 33;
	expect(await readout(page, 'total-params')).toBe(String(total));

	// 5×5 valid: (24 − 5) / 1 + 1 = 20, and (5·5·1 + 1)·16 = 416 weights
	await row.getByLabel('kernel').fill('5');
	await row.getByLabel('kernel').blur();
	await row.getByLabel('padding').selectOption('valid');
	await expect(shape).toHaveText('(20, 20, 16)');
	await expect(row.locator('td').nth(4)).toHaveText('416');
	// 20 → pool 10 → pool 5 → pool 2; the later blocks keep their weights
	await expect(page.locator('output[name="total-params"]')).toHaveAttribute(
		'data-value',
		String(total - 160 + 416)
	);
	await row.getByLabel('activation').selectOption('tanh');
	await expect(row.getByLabel('activation')).toHaveValue('tanh');
	await expect(row.getByLabel('padding')).toHaveValue('valid');
	await expect(row.getByLabel('kernel')).toHaveValue('5');

	// the pooling row after it has its own pool and stride boxes
	const pool = page.locator('table.arch tbody tr').nth(2);
	await pool.getByLabel('stride').fill('1');
	await pool.getByLabel('stride').blur();
	// pool 2 stride 1 on 20: 19
	await expect(pool.locator('td').nth(3)).toHaveText('(19, 19, 16)');
	await expectClean();
});
