// One synthetic casting, drawn like the top-view photos of cast pump impellers: a gray, faintly
// textured table; a bright outer flange (annulus) with a lighting gradient and concentric
// machining marks; a dark inner ring with faint curved vanes; a bright hub ring around a dark
// central hole. Defects are drawn as on real parts: pits (single or clustered), chipped or
// ragged rims, thin branching cracks, irregular dark shrinkage patches and rough patches.
// Plain TypeScript over typed arrays, deterministic for a given random stream.
import { normal, uniform, type Rng } from '../../math/rng';

export const DEFECT_KINDS = ['pits', 'chip', 'crack', 'shrinkage', 'rough'] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

/** Everything that fixes one drawn part (all lengths in units of the flange's outer radius). */
export interface PartSpec {
	cx: number; // centre, fraction of the image width
	cy: number;
	radius: number; // outer radius, fraction of the image width
	angle: number; // rotation, radians
	light: number; // direction of the lighting gradient, radians
	gain: number; // global brightness
	contrast: number;
	noise: number; // pixel noise sd
	blur: number; // 0..1 blend towards a 3×3 box blur
	vanes: number;
	defects: Defect[];
	texSeed: number;
}

export type Defect =
	| { kind: 'pits'; pits: { u: number; v: number; r: number }[]; depth: number }
	| { kind: 'chip'; at: number; width: number; depth: number; ragged: number[]; fracture: number }
	| { kind: 'crack'; segments: [number, number, number, number][]; width: number; depth: number }
	| { kind: 'shrinkage'; u: number; v: number; r: number; harmonics: number[]; depth: number }
	| { kind: 'rough'; u: number; v: number; r: number; amp: number };

const R_HOLE = 0.15,
	R_HUB = 0.3,
	R_INNER = 0.6;

/** A point in the part's own frame inside the annulus [r0, r1]. */
function pointIn(r: Rng, r0: number, r1: number): [number, number] {
	const rad = uniform(r, r0, r1),
		a = uniform(r, 0, 2 * Math.PI);
	return [rad * Math.cos(a), rad * Math.sin(a)];
}

/** Where a defect can sit: mostly on the bright flange, sometimes on the hub ring. */
function surfacePoint(r: Rng): [number, number] {
	return r() < 0.75 ? pointIn(r, R_INNER + 0.06, 0.9) : pointIn(r, R_HOLE + 0.04, R_HUB - 0.03);
}

export function randomDefect(r: Rng, kind: DefectKind, subtle: boolean): Defect {
	const k = subtle ? 0.8 : 1;
	switch (kind) {
		case 'pits': {
			const n = r() < 0.4 ? 1 : 2 + Math.floor(r() * 5);
			const [u0, v0] = surfacePoint(r);
			const pits = Array.from({ length: n }, (_, i) => {
				const [du, dv] = i === 0 ? [0, 0] : [normal(r, 0, 0.09), normal(r, 0, 0.09)];
				return { u: u0 + du, v: v0 + dv, r: uniform(r, 0.07, n === 1 ? 0.13 : 0.09) };
			});
			return { kind, pits, depth: k * uniform(r, 0.6, 0.75) };
		}
		case 'chip':
			return {
				kind,
				at: uniform(r, 0, 2 * Math.PI),
				width: uniform(r, 0.15, 0.4),
				depth: k * uniform(r, 0.14, 0.24),
				ragged: Array.from({ length: 4 }, () => uniform(r, -1, 1)),
				fracture: k * uniform(r, 0.6, 1)
			};
		case 'crack': {
			const segments: [number, number, number, number][] = [];
			let [u, v] = surfacePoint(r);
			let dir = uniform(r, 0, 2 * Math.PI);
			const steps = 8 + Math.floor(r() * 8);
			for (let i = 0; i < steps; i++) {
				dir += normal(r, 0, 0.5);
				const len = uniform(r, 0.03, 0.06);
				const nu = u + len * Math.cos(dir),
					nv = v + len * Math.sin(dir);
				segments.push([u, v, nu, nv]);
				if (r() < 0.2) {
					// a short branch
					const bd = dir + (r() < 0.5 ? 1 : -1) * uniform(r, 0.5, 1.2);
					const bl = uniform(r, 0.04, 0.1);
					segments.push([nu, nv, nu + bl * Math.cos(bd), nv + bl * Math.sin(bd)]);
				}
				u = nu;
				v = nv;
			}
			return { kind, segments, width: uniform(r, 0.035, 0.05), depth: k * uniform(r, 0.5, 0.7) };
		}
		case 'shrinkage': {
			const [u, v] = surfacePoint(r);
			return {
				kind,
				u,
				v,
				r: uniform(r, 0.12, 0.2),
				harmonics: Array.from({ length: 6 }, () => uniform(r, -0.25, 0.25)),
				depth: k * uniform(r, 0.35, 0.55)
			};
		}
		case 'rough': {
			const [u, v] = surfacePoint(r);
			return { kind, u, v, r: uniform(r, 0.12, 0.2), amp: k * uniform(r, 0.45, 0.6) };
		}
	}
}

/** A random part; `defective` decides whether it carries one or more defects. */
export function randomPart(r: Rng, defective: boolean, only?: DefectKind): PartSpec {
	const defects: Defect[] = [];
	if (defective) {
		const n = only ? 1 : r() < 0.75 ? 1 : 2;
		for (let i = 0; i < n; i++) {
			const kind = only ?? DEFECT_KINDS[Math.floor(r() * DEFECT_KINDS.length)];
			defects.push(randomDefect(r, kind, r() < 0.2));
		}
	}
	return {
		cx: 0.5 + normal(r, 0, 0.015),
		cy: 0.5 + normal(r, 0, 0.015),
		radius: uniform(r, 0.4, 0.46),
		angle: uniform(r, 0, 2 * Math.PI),
		light: uniform(r, 0, 2 * Math.PI),
		gain: uniform(r, 0.9, 1.1),
		contrast: uniform(r, 0.85, 1.15),
		noise: uniform(r, 0.01, 0.035),
		blur: uniform(r, 0, 0.6),
		vanes: 5 + Math.floor(r() * 4),
		defects,
		texSeed: Math.floor(r() * 2 ** 31)
	};
}

/** A fast deterministic hash of two integers and a seed into [0, 1). */
function hash(x: number, y: number, s: number): number {
	let h = Math.imul(x | 0, 374761393) ^ Math.imul(y | 0, 668265263) ^ Math.imul(s | 0, 2246822519);
	h = Math.imul(h ^ (h >>> 13), 1274126177);
	return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/** Smooth value noise at a real-valued point. */
function valueNoise(x: number, y: number, s: number): number {
	const xi = Math.floor(x),
		yi = Math.floor(y);
	const fx = x - xi,
		fy = y - yi;
	const sx = fx * fx * (3 - 2 * fx),
		sy = fy * fy * (3 - 2 * fy);
	const a = hash(xi, yi, s),
		b = hash(xi + 1, yi, s),
		c = hash(xi, yi + 1, s),
		d = hash(xi + 1, yi + 1, s);
	return a + (b - a) * sx + (c - a) * sy + (a - b - c + d) * sx * sy;
}

/** 0 below e0, 1 above e1, smooth between. */
function step(e0: number, e1: number, x: number): number {
	const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
	return t * t * (3 - 2 * t);
}

function segDist(u: number, v: number, s: [number, number, number, number]): number {
	const [x0, y0, x1, y1] = s;
	const dx = x1 - x0,
		dy = y1 - y0;
	const l2 = dx * dx + dy * dy || 1e-12;
	const t = Math.min(1, Math.max(0, ((u - x0) * dx + (v - y0) * dy) / l2));
	return Math.hypot(u - x0 - t * dx, v - y0 - t * dy);
}

function angleDiff(a: number, b: number): number {
	const d = (a - b) % (2 * Math.PI);
	return d > Math.PI ? d - 2 * Math.PI : d < -Math.PI ? d + 2 * Math.PI : d;
}

/** Draw `spec` into `out` (size×size, values in 0…1). `r` supplies the pixel noise. */
export function drawPart(
	spec: PartSpec,
	size: number,
	r: Rng,
	out = new Float32Array(size * size)
): Float32Array {
	const R = spec.radius * size;
	const px = 1 / R; // one pixel in part units: edges are about a pixel soft
	const cos = Math.cos(-spec.angle),
		sin = Math.sin(-spec.angle);
	const lx = Math.cos(spec.light),
		ly = Math.sin(spec.light);
	const ts = spec.texSeed;
	const chips = spec.defects.filter((d) => d.kind === 'chip');
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const dx = (x + 0.5 - spec.cx * size) / R,
				dy = (y + 0.5 - spec.cy * size) / R;
			const u = dx * cos - dy * sin,
				v = dx * sin + dy * cos;
			const rad = Math.hypot(u, v);
			const phi = Math.atan2(v, u);
			// table: gray with a faint cloudy texture
			let val = 0.42 + 0.05 * (valueNoise(x * 0.15, y * 0.15, ts) - 0.5);
			let rOuter = 0.96,
				broken = 0; // how much of a chip's fractured face this pixel's rim shows (0…1)
			for (const c of chips) {
				if (c.kind !== 'chip') continue;
				const t = angleDiff(phi, c.at) / c.width;
				if (Math.abs(t) < 1) {
					// a bite with steep walls and a ragged floor, not a smooth flat spot
					const t2 = t * t;
					const jag = c.ragged[0] * Math.sin(9 * t) + c.ragged[1] * Math.sin(17 * t + 1);
					const bite = 1 - t2 * t2;
					rOuter -= c.depth * bite * (1 + 0.3 * jag);
					broken = Math.max(broken, bite * c.fracture);
				}
			}
			const inPart = 1 - step(rOuter - px, rOuter + px, rad);
			if (inPart > 0) {
				// lighting gradient across the part and concentric machining marks
				const shade = 0.08 * (dx * lx + dy * ly);
				const marks = 0.025 * Math.sin((rad / px) * 1.3 + 3 * valueNoise(phi * 3, rad * 4, ts));
				const flange = 0.78 + shade + marks;
				const vane = Math.cos(spec.vanes * (phi + 1.6 * rad));
				const inner = 0.28 + 0.5 * shade + 0.05 * step(0.7, 0.95, vane);
				const hub = 0.72 + shade + 0.015 * Math.sin((rad / px) * 1.1);
				const hole = 0.1;
				let p = hole;
				p += (hub - p) * step(R_HOLE - px, R_HOLE + px, rad);
				p += (inner - p) * step(R_HUB - px, R_HUB + px, rad);
				p += (flange - p) * step(R_INNER - px, R_INNER + px, rad);
				// a darker lip at the outer rim
				p -= 0.12 * step(rOuter - 4 * px, rOuter - px, rad);
				// a chip's broken face: dark, grainy metal along the new edge
				if (broken > 0) {
					const face = step(rOuter - 5 * px, rOuter - 2 * px, rad);
					p -= broken * face * (0.3 + 0.3 * valueNoise(phi * 40, rad * 40, ts + 11));
				}
				p = applyDefects(spec.defects, p, u, v, rad, px, ts);
				val += (p - val) * inPart;
			}
			out[y * size + x] = val;
		}
	}
	finish(out, size, spec, r);
	return out;
}

function onSurface(rad: number): number {
	// defects mark the flange and hub, not the hole or the dark ring
	return rad > R_INNER || (rad > R_HOLE && rad < R_HUB) ? 1 : 0.4;
}

function applyDefects(
	defects: Defect[],
	p: number,
	u: number,
	v: number,
	rad: number,
	px: number,
	ts: number
) {
	for (const d of defects) {
		switch (d.kind) {
			case 'pits':
				for (const q of d.pits) {
					const dist = Math.hypot(u - q.u, v - q.v);
					if (dist < q.r + px) p -= d.depth * (1 - step(q.r - px, q.r + px, dist)) * onSurface(rad);
				}
				break;
			case 'crack': {
				let m = Infinity;
				for (const s of d.segments) m = Math.min(m, segDist(u, v, s));
				const w = Math.max(d.width, 0.6 * px);
				if (m < w + px) p -= d.depth * (1 - step(w - px, w + px, m)) * onSurface(rad);
				break;
			}
			case 'shrinkage': {
				const dist = Math.hypot(u - d.u, v - d.v);
				if (dist < d.r * 1.6) {
					const th = Math.atan2(v - d.v, u - d.u);
					let edge = d.r;
					d.harmonics.forEach((h, i) => (edge += d.r * h * Math.sin((i + 2) * th + i)));
					const mottle = 0.7 + 0.6 * valueNoise(u * 60, v * 60, ts + 7);
					p -= d.depth * mottle * (1 - step(edge - px, edge + px, dist)) * onSurface(rad);
				}
				break;
			}
			case 'rough': {
				const dist = Math.hypot(u - d.u, v - d.v);
				if (dist < d.r) {
					const fade = 1 - step(d.r * 0.6, d.r, dist);
					// grain about two pixels across, so it shows at any input size
					const grain = valueNoise(u / (2 * px), v / (2 * px), ts + 3) - 0.5;
					p += d.amp * 1.6 * grain * fade - 0.1 * fade;
				}
				break;
			}
			case 'chip':
				break;
		}
	}
	return p;
}

/** Blur, lighting, noise and clamping to 0…1. */
function finish(img: Float32Array, size: number, spec: PartSpec, r: Rng) {
	if (spec.blur > 0.02) {
		const src = img.slice();
		for (let y = 0; y < size; y++)
			for (let x = 0; x < size; x++) {
				let s = 0,
					n = 0;
				for (let j = -1; j <= 1; j++)
					for (let i = -1; i <= 1; i++) {
						const yy = y + j,
							xx = x + i;
						if (yy >= 0 && yy < size && xx >= 0 && xx < size) {
							s += src[yy * size + xx];
							n++;
						}
					}
				img[y * size + x] = src[y * size + x] * (1 - spec.blur) + (s / n) * spec.blur;
			}
	}
	for (let i = 0; i < img.length; i++) {
		const v = (img[i] - 0.5) * spec.contrast + 0.5;
		img[i] = Math.min(1, Math.max(0, v * spec.gain + normal(r, 0, spec.noise)));
	}
}
