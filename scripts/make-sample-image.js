// Render the course's sample picture: a top view of a cast pump impeller on a conveyor belt,
// with a few casting defects (pits, a blow hole, a crack) and an inspector's red paint mark.
// It is a procedural, seeded rendering, not a photograph (we may ship it freely; see
// static/images/CREDITS.md). Run once: `node scripts/make-sample-image.js` writes
// static/images/impeller.png (512 × 512, RGB). Same seed → same bytes.
import { writeFileSync, mkdirSync } from 'node:fs';
import { zlibSync } from 'fflate';

const SIZE = 512;
const SEED = 20261129;

/** mulberry32: a small seeded generator (the site's own is src/lib/math/rng.ts, TypeScript). */
function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const rand = rng(SEED);
const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());

/** Smooth value noise: a lattice of random values, bicubic-smoothed, summed over octaves. */
function valueNoise(cell) {
	const n = Math.ceil(SIZE / cell) + 2;
	const lattice = Float32Array.from({ length: n * n }, () => rand() * 2 - 1);
	const s = (t) => t * t * (3 - 2 * t);
	return (x, y) => {
		const gx = x / cell;
		const gy = y / cell;
		const x0 = Math.floor(gx);
		const y0 = Math.floor(gy);
		const fx = s(gx - x0);
		const fy = s(gy - y0);
		const v = (i, j) => lattice[((((y0 + j) % n) + n) % n) * n + ((((x0 + i) % n) + n) % n)];
		const a = v(0, 0) + (v(1, 0) - v(0, 0)) * fx;
		const b = v(0, 1) + (v(1, 1) - v(0, 1)) * fx;
		return a + (b - a) * fy;
	};
}
const octaves = [valueNoise(64), valueNoise(16), valueNoise(4), valueNoise(1.5)];
const grain = (x, y) =>
	0.5 * octaves[0](x, y) + 0.25 * octaves[1](x, y) + 0.15 * octaves[2](x, y) + 0.1 * octaves[3](x, y);

const smooth = (e0, e1, x) => {
	const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
	return t * t * (3 - 2 * t);
};

const C = SIZE / 2;
const R = { bore: 28, hub: 74, ring: 198, flange: 236 };
const VANES = 7;
const TWIST = 1.1; // radians a vane turns from the hub to the flange

// Defects: pits on the flange and ring, one blow hole on the hub, one crack from the rim inward.
const pits = Array.from({ length: 9 }, () => {
	const r = R.ring + 6 + rand() * (R.flange - R.ring - 14);
	const a = rand() * 2 * Math.PI;
	return { x: C + r * Math.cos(a), y: C + r * Math.sin(a), rad: 1.5 + rand() * 3, depth: 3 + rand() * 4 };
});
pits.push({ x: C + 48 * Math.cos(2.2), y: C + 48 * Math.sin(2.2), rad: 6, depth: 9 });
const crack = [];
{
	let a = -0.35;
	let r = R.flange - 1;
	let dir = Math.PI + a; // pointing inward
	let x = C + r * Math.cos(a);
	let y = C + r * Math.sin(a);
	for (let i = 0; i < 70; i++) {
		crack.push([x, y]);
		dir += gauss() * 0.35;
		const inward = Math.atan2(C - y, C - x);
		dir = 0.8 * dir + 0.2 * inward;
		x += Math.cos(dir) * 1.2;
		y += Math.sin(dir) * 1.2;
	}
}
function crackDistance(x, y) {
	let best = Infinity;
	for (let i = 1; i < crack.length; i++) {
		const [ax, ay] = crack[i - 1];
		const [bx, by] = crack[i];
		const dx = bx - ax;
		const dy = by - ay;
		const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
		best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
	}
	return best;
}
const crackBox = crack.reduce(
	(b, [x, y]) => [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)],
	[Infinity, Infinity, -Infinity, -Infinity]
);

/** Height of the part at (x, y) in pixels (the belt is 0). */
function height(x, y) {
	const dx = x - C;
	const dy = y - C;
	const r = Math.hypot(dx, dy);
	const theta = Math.atan2(dy, dx);
	const part = 1 - smooth(R.flange - 2, R.flange + 1.5, r);
	if (part <= 0) return 0;
	// Flange: flat, raised; the recessed ring between hub and flange; a domed hub; a deep bore.
	let h = 10 * smooth(R.ring - 2, R.ring + 2, r);
	const ringFloor = 3 * (1 - smooth(R.ring - 2, R.ring + 2, r)) * smooth(R.hub - 2, R.hub + 2, r);
	h += ringFloor;
	const hub = (1 - smooth(R.hub - 2, R.hub + 2, r)) * (13 + 4 * (1 - r / R.hub));
	h += hub;
	h -= 22 * (1 - smooth(R.bore - 1.5, R.bore + 1.5, r));
	// Vanes: curved ribs in the ring.
	if (r > R.hub - 2 && r < R.ring + 2) {
		const along = (r - R.hub) / (R.ring - R.hub);
		const centre = TWIST * along;
		let d = ((theta - centre) * VANES) / (2 * Math.PI);
		d = (d - Math.round(d)) * ((2 * Math.PI) / VANES) * r; // arc distance to the nearest vane
		h += 7 * (1 - smooth(3.5, 6.5, Math.abs(d))) * smooth(R.hub - 2, R.hub + 3, r);
	}
	for (const p of pits) {
		const q = Math.hypot(x - p.x, y - p.y);
		if (q < p.rad * 3) h -= p.depth * Math.exp(-(q * q) / (p.rad * p.rad));
	}
	if (x > crackBox[0] - 4 && x < crackBox[2] + 4 && y > crackBox[1] - 4 && y < crackBox[3] + 4) {
		const q = crackDistance(x, y);
		h -= 6 * Math.exp(-(q * q) / 0.9);
	}
	return h * part + 0.6 * grain(x, y) * part;
}

const H = new Float32Array(SIZE * SIZE);
for (let y = 0; y < SIZE; y++) for (let x = 0; x < SIZE; x++) H[y * SIZE + x] = height(x + 0.5, y + 0.5);

const L = (() => {
	const v = [-0.45, -0.55, 0.7];
	const n = Math.hypot(...v);
	return v.map((c) => c / n);
})();
const rgb = new Uint8Array(SIZE * SIZE * 3);
const at = (x, y) => H[Math.min(SIZE - 1, Math.max(0, y)) * SIZE + Math.min(SIZE - 1, Math.max(0, x))];
for (let y = 0; y < SIZE; y++) {
	for (let x = 0; x < SIZE; x++) {
		const gx = (at(x + 1, y) - at(x - 1, y)) / 2;
		const gy = (at(x, y + 1) - at(x, y - 1)) / 2;
		const n = [-gx, -gy, 1];
		const nl = Math.hypot(...n);
		const diffuse = Math.max(0, (n[0] * L[0] + n[1] * L[1] + n[2] * L[2]) / nl);
		const r = Math.hypot(x - C, y - C);
		const onPart = r < R.flange;
		const deep = H[y * SIZE + x] < -4;
		let albedo = onPart ? 0.66 + 0.08 * grain(x * 1.7, y * 1.7) : 0.2 + 0.05 * grain(x * 3, y * 3);
		if (deep) albedo *= 0.45;
		const spec = onPart ? 0.35 * Math.pow(diffuse, 24) : 0;
		const vignette = 1 - 0.25 * Math.pow(Math.hypot(x - C, y - C) / (C * 1.45), 2);
		const v = 255 * (albedo * (0.3 + 0.8 * diffuse) + spec) * vignette + gauss() * 2.5;
		// Cast iron is nearly gray, a little warm; the belt a little blue.
		let [cr, cg, cb] = onPart ? [v * 1.03, v, v * 0.94] : [v * 0.92, v * 0.98, v * 1.1];
		// The inspector's red paint mark: a short arc beside the crack.
		const mx = C + (R.flange + 9) * Math.cos(-0.35);
		const my = C + (R.flange + 9) * Math.sin(-0.35);
		const md = Math.hypot(x - mx, y - my);
		if (md < 18 && md > 12 && r > R.flange + 2) {
			const ink = 1 - smooth(0, 1.5, Math.abs(md - 15) - 1.5);
			cr = cr * (1 - ink) + 205 * ink;
			cg = cg * (1 - ink) + 38 * ink;
			cb = cb * (1 - ink) + 32 * ink;
		}
		const i = (y * SIZE + x) * 3;
		rgb[i] = Math.max(0, Math.min(255, Math.round(cr)));
		rgb[i + 1] = Math.max(0, Math.min(255, Math.round(cg)));
		rgb[i + 2] = Math.max(0, Math.min(255, Math.round(cb)));
	}
}

// ---- a minimal PNG encoder: 8-bit RGB, Paeth filter on every row, zlib from fflate ----------
const CRC = new Uint32Array(256).map((_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(bytes) {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
	const out = new Uint8Array(12 + data.length);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length);
	out.set(new TextEncoder().encode(type), 4);
	out.set(data, 8);
	view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
	return out;
}
export function encodePng(w, h, pixels) {
	const stride = w * 3;
	const raw = new Uint8Array(h * (stride + 1));
	const paeth = (a, b, c) => {
		const p = a + b - c;
		const pa = Math.abs(p - a);
		const pb = Math.abs(p - b);
		const pc = Math.abs(p - c);
		return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
	};
	for (let y = 0; y < h; y++) {
		raw[y * (stride + 1)] = 4;
		for (let i = 0; i < stride; i++) {
			const cur = pixels[y * stride + i];
			const a = i >= 3 ? pixels[y * stride + i - 3] : 0;
			const b = y > 0 ? pixels[(y - 1) * stride + i] : 0;
			const c = i >= 3 && y > 0 ? pixels[(y - 1) * stride + i - 3] : 0;
			raw[y * (stride + 1) + 1 + i] = (cur - paeth(a, b, c)) & 0xff;
		}
	}
	const ihdr = new Uint8Array(13);
	const v = new DataView(ihdr.buffer);
	v.setUint32(0, w);
	v.setUint32(4, h);
	ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, adaptive filters, no interlace
	const parts = [
		new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr),
		chunk('IDAT', zlibSync(raw, { level: 9 })),
		chunk('IEND', new Uint8Array(0))
	];
	const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let o = 0;
	for (const p of parts) {
		png.set(p, o);
		o += p.length;
	}
	return png;
}

mkdirSync('static/images', { recursive: true });
const png = encodePng(SIZE, SIZE, rgb);
writeFileSync('static/images/impeller.png', png);
console.log(`static/images/impeller.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
