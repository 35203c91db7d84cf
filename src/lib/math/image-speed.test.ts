// Speed of the filter gallery's redraw path: a 512 × 512 grayscale Float32Array filtered with
// `same` padding into a reused output grid, then painted into reused RGBA bytes. Prints the
// median ms; fails only if it is far from interactive (a frame is 16 ms; the bound is loose because
// the test machine may be shared).
import { expect, it } from 'vitest';
import { correlate2d, fromRows } from './conv';
import { presetMatrix } from './kernels';
import { paintGray } from './image';

const N = 512;

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

it.each([
	['3×3', 'sharpen'],
	['5×5', 'gaussian-5']
] as const)(
	'filters 512 × 512 with a %s kernel at interactive speed',
	(label, preset) => {
		const input = { h: N, w: N, data: new Float32Array(N * N).map((_, i) => (i * 2654435761) % 256) };
		const out = { h: N, w: N, data: new Float32Array(N * N) };
		const rgba = new Uint8ClampedArray(N * N * 4);
		const kernel = fromRows(presetMatrix(preset));
		const filterTimes: number[] = [];
		const totalTimes: number[] = [];
		for (let i = 0; i < 25; i++) {
			const t0 = performance.now();
			correlate2d(input, kernel, { padding: 'same' }, out);
			const t1 = performance.now();
			paintGray(out.data, rgba, 'signed');
			const t2 = performance.now();
			filterTimes.push(t1 - t0);
			totalTimes.push(t2 - t0);
		}
		// CPU time of the whole loop as well: wall time suffers when other processes share the cores.
		const c0 = process.cpuUsage();
		for (let i = 0; i < 10; i++) {
			correlate2d(input, kernel, { padding: 'same' }, out);
			paintGray(out.data, rgba, 'signed');
		}
		const cpu = process.cpuUsage(c0);
		const cpuMs = (cpu.user + cpu.system) / 1000 / 10;
		const f = median(filterTimes.slice(5));
		const all = median(totalTimes.slice(5));
		console.log(
			`512×512 ${label}: filter ${f.toFixed(2)} ms, filter + paint ${all.toFixed(2)} ms (median of 20); CPU ${cpuMs.toFixed(2)} ms per filter + paint`
		);
		expect(Math.min(all, cpuMs)).toBeLessThan(100);
	},
	60_000
);
