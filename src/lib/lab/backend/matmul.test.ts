import { beforeAll, describe, it } from 'vitest';
import { both, expectClose, random, ready, tf } from './testing';

// a shape, b shape, transposeA, transposeB
const cases: [number[], number[], boolean, boolean][] = [
	[[5, 7], [7, 3], false, false],
	[[7, 5], [7, 3], true, false],
	[[5, 7], [3, 7], false, true],
	[[7, 5], [3, 7], true, true],
	[[32, 2048], [32, 32], true, false],
	[[32, 32], [2048, 32], false, true],
	[[2, 4, 6], [2, 4, 3], true, false],
	[[3, 6, 4], [3, 5, 4], false, true],
	[[1, 6, 4], [3, 5, 6], true, true]
];

describe('wasm BatchMatMul (transposes done explicitly) matches stock tfjs cpu', () => {
	beforeAll(ready);
	it.each(cases)('a %j b %j transposeA %s transposeB %s', async (as, bs, ta, tb) => {
		const a = random(as, as.length * 11 + as[0]);
		const b = random(bs, bs.length * 13 + bs[0]);
		const { cpu, wasm } = await both(() => tf.matMul(a, b, ta, tb));
		expectClose(wasm, cpu);
		tf.dispose([a, b]);
	});
});
