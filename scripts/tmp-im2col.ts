import { im2colT, type ConvGeometry } from '../src/lib/lab/backend/im2col';
const g: ConvGeometry = { batch: 32, inH: 32, inW: 32, inC: 8, outH: 32, outW: 32, outC: 16, fh: 3, fw: 3, sh: 1, sw: 1, padTop: 1, padLeft: 1 };
const x = new Float32Array(g.batch * g.inH * g.inW * g.inC).map(() => Math.random());
const P = g.batch * g.outH * g.outW, K = 72;
const col = new Float32Array(K * P), col2 = new Float32Array(K * P);
function B(x: Float32Array, col: Float32Array, g: ConvGeometry) {
	const { batch, inH, inW, inC, outH, outW, fh, fw, sh, sw, padTop, padLeft } = g;
	const P = batch * outH * outW;
	col.fill(0);
	for (let b = 0; b < batch; b++) for (let oy = 0; oy < outH; oy++) for (let ky = 0; ky < fh; ky++) {
		const iy = oy * sh - padTop + ky; if (iy < 0 || iy >= inH) continue;
		for (let kx = 0; kx < fw; kx++) {
			let oxLo = Math.ceil((padLeft - kx) / sw); if (oxLo < 0) oxLo = 0;
			let oxHi = Math.floor((inW - 1 + padLeft - kx) / sw) + 1; if (oxHi > outW) oxHi = outW;
			const p0 = (b * outH + oy) * outW;
			const kbase = (ky * fw + kx) * inC * P + p0;
			for (let ox = oxLo; ox < oxHi; ox++) {
				const xi = ((b * inH + iy) * inW + ox * sw - padLeft + kx) * inC;
				for (let c = 0; c < inC; c++) col[kbase + c * P + ox] = x[xi + c];
			}
		}
	}
}
for (let r = 0; r < 3; r++) {
	let t0 = performance.now(); for (let i = 0; i < 10; i++) im2colT(x, col, g); const a = (performance.now() - t0) / 10;
	t0 = performance.now(); for (let i = 0; i < 10; i++) B(x, col2, g); const b = (performance.now() - t0) / 10;
	let same = true; for (let i = 0; i < col.length; i++) if (col[i] !== col2[i]) { same = false; break; }
	console.log('A', a.toFixed(2), 'B', b.toFixed(2), same);
}
