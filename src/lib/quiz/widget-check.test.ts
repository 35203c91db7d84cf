import { describe, expect, it } from 'vitest';
import { grade } from './grade';
import type { WidgetTask } from './types';
import { checkReadout, sameReadouts } from './widget-check';

const task = (checks: WidgetTask['checks']): WidgetTask => ({
	kind: 'widget',
	id: 't',
	prompt: '',
	explanation: '',
	widget: 'convolution',
	checks
});

describe('widget task checks', () => {
	it('output size 4×4 from output-height and output-width', () => {
		const q = task([
			{ readout: 'output-height', equals: 4 },
			{ readout: 'output-width', equals: 4 }
		]);
		const start = { 'output-height': '5', 'output-width': '5' };
		expect(grade(q, { readouts: { 'output-height': '4', 'output-width': '4' }, start })).toBe('right');
		expect(grade(q, { readouts: { 'output-height': '4', 'output-width': '3' }, start })).toBe('wrong');
		expect(grade(q, { readouts: start, start })).toBe('empty');
		expect(grade(q, { readouts: {} })).toBe('empty');
	});

	it('recall at least 0.9 (bounds inclusive)', () => {
		const q = task([{ readout: 'recall', min: 0.9 }]);
		expect(grade(q, { readouts: { recall: '0.9' } })).toBe('right');
		expect(grade(q, { readouts: { recall: '0.95' } })).toBe('right');
		expect(grade(q, { readouts: { recall: '0.8999' } })).toBe('wrong');
		expect(grade(q, { readouts: { recall: '' } })).toBe('wrong');
	});

	it('numbers within a tolerance, float noise forgiven', () => {
		const c = { readout: 'y-hat', equals: 1, tolerance: 0 };
		expect(checkReadout(c, { 'y-hat': '0.9999999999999999' }).ok).toBe(true);
		expect(checkReadout({ ...c, tolerance: 0.05 }, { 'y-hat': '1.04' }).ok).toBe(true);
		expect(checkReadout({ ...c, tolerance: 0.05 }, { 'y-hat': '1.06' })).toMatchObject({
			ok: false,
			reason: 'not-equal'
		});
	});

	it('text readouts compare exactly', () => {
		const c = { readout: 'status', equals: 'converged' };
		expect(checkReadout(c, { status: 'converged' }).ok).toBe(true);
		expect(checkReadout(c, { status: 'diverged' })).toMatchObject({ ok: false, reason: 'not-equal' });
	});

	it('says why a check failed', () => {
		expect(checkReadout({ readout: 'f1', min: 0.5 }, {})).toMatchObject({ reason: 'missing', value: null });
		expect(checkReadout({ readout: 'precision', min: 0.5 }, { precision: '' })).toMatchObject({
			reason: 'undefined'
		});
		expect(checkReadout({ readout: 'x', max: 1 }, { x: 'NaN' })).toMatchObject({ reason: 'not-number' });
		expect(checkReadout({ readout: 'x', max: 1 }, { x: '2' })).toMatchObject({ reason: 'too-high' });
		expect(checkReadout({ readout: 'x', min: 3 }, { x: '2' })).toMatchObject({ reason: 'too-low' });
	});

	it('sameReadouts compares names and values', () => {
		expect(sameReadouts({ a: '1' }, { a: '1' })).toBe(true);
		expect(sameReadouts({ a: '1' }, { a: '2' })).toBe(false);
		expect(sameReadouts({ a: '1' }, { a: '1', b: '' })).toBe(false);
	});
});
