import { int, text } from '$lib/embed/params';
import { MAX_COUNT } from '$lib/math/metrics';

// Defaults: the lesson's worked example (predicted 0/actual 0 = 86, predicted 0/actual 1 = 58,
// predicted 1/actual 0 = 75, predicted 1/actual 1 = 93).
export const params = {
	tp: int({ min: 0, max: MAX_COUNT, default: 93 }),
	fp: int({ min: 0, max: MAX_COUNT, default: 75 }),
	fn: int({ min: 0, max: MAX_COUNT, default: 58 }),
	tn: int({ min: 0, max: MAX_COUNT, default: 86 }),
	positive: text('defective', 40),
	negative: text('OK', 40)
};
