// Prose corrections (issue 13), each held to the fact behind it, so that none creeps back.
import { describe, expect, it } from 'vitest';
import { presetMatrix } from '$lib/math/kernels';
import { flat, lesson } from './read';

// Issue 13's prose corrections, each held to the fact behind it, so that none creeps back.

describe('issue 13: statements the lessons must keep true', () => {
	it('lesson 1: activating an environment takes base off the PATH; venv_1 has no python', async () => {
		const { ENVIRONMENTS } = await import('$lib/widgets/environments/data');
		const text = flat(lesson('01-environments'));
		expect(ENVIRONMENTS.venv_1.has.python).toBe(false);
		expect(text).toContain("takes base's folders off the `PATH`");
		expect(text).not.toMatch(/falls? back to (the )?base/i);
		// a notebook finds an environment only through a registered kernel or nb_conda_kernels
		expect(text).toContain('python -m ipykernel install --user --name');
		expect(text).toContain('nb_conda_kernels');
	});
	it('lesson 2: the least-squares error is over vertical distances', () => {
		expect(flat(lesson('02-age-of-ai'))).toContain('squared _vertical_ distances');
	});
	it('lesson 5: what drops out when the threshold rises is the lowest-scoring flagged part', () => {
		expect(flat(lesson('05-classification-metrics'))).toContain('are the lowest-scoring of those flagged');
	});
	it('lessons 6 and 7 never say a filter cannot move a pixel; ridge and outline are one kernel', () => {
		for (const slug of ['06-images-as-data', '07-convolution'])
			expect(flat(lesson(slug))).not.toMatch(/never moves? (a )?pixel/i);
		expect(presetMatrix('outline')).toEqual(presetMatrix('ridge'));
		expect(flat(lesson('06-images-as-data'))).toContain('outline is the same kernel');
		expect(flat(lesson('07-convolution'))).toContain('(`outline` is the same kernel)');
	});
});
