// The defects drawn on a synthetic casting, at their real sizes (lengths in units of the flange's
// outer radius R; a pixel of a 300 px photo is about 0.008 R, one of the lab's 96 px images about
// 0.026 R), many of them subtle: pinholes and blowholes, chipped or ragged rims and burrs, thin
// cracks, shrinkage, rough patches. randomDefect draws one; rimAt and applyDefects paint them
// (part.ts calls them pixel by pixel). Plain TypeScript, deterministic for a given random stream.
import { normal, uniform, type Rng } from '../../math/rng';
import { discCover, lineCover, step, valueNoise } from './raster';

export const DEFECT_KINDS = ['pits', 'chip', 'crack', 'shrinkage', 'rough'] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

/** Rim damage: `depth` > 0 bites into the rim (a chip), `burr` > 0 sticks out of it. */
export interface RimDamage {
	at: number; // angle, radians
	width: number; // half-width, radians
	depth: number;
	burr: number;
	jag: number[]; // phases and amounts of the ragged edge
}

export type Defect =
	| { kind: 'pits'; pits: { u: number; v: number; r: number }[]; depth: number }
	| { kind: 'chip'; bites: RimDamage[]; fracture: number }
	| { kind: 'crack'; segments: [number, number, number, number][]; width: number; depth: number }
	| { kind: 'shrinkage'; u: number; v: number; r: number; harmonics: number[]; depth: number }
	| { kind: 'rough'; u: number; v: number; r: number; amp: number };

/** The flange starts here (inner lip), in units of R. */
export const R_FLANGE = 0.66;

/** A point in the part's own frame inside the annulus [r0, r1]. */
function pointIn(r: Rng, r0: number, r1: number): [number, number] {
	const rad = Math.sqrt(uniform(r, r0 * r0, r1 * r1)),
		a = uniform(r, 0, 2 * Math.PI);
	return [rad * Math.cos(a), rad * Math.sin(a)];
}

/**
 * Where a defect can sit: as on real parts, most often near the outer rim, else anywhere on the
 * flange, at the lip of the inner ring, or on the hub's face.
 */
function surfacePoint(r: Rng): [number, number] {
	const w = r();
	if (w < 0.45) return pointIn(r, 0.86, 0.97);
	if (w < 0.8) return pointIn(r, R_FLANGE + 0.03, 0.9);
	if (w < 0.92) return pointIn(r, R_FLANGE - 0.08, R_FLANGE);
	return pointIn(r, 0.26, 0.3);
}

export function randomDefect(r: Rng, kind: DefectKind, subtle: boolean, grow = 1): Defect {
	const k = subtle ? 0.6 : 1,
		g = subtle ? 1 : grow;
	switch (kind) {
		case 'pits': {
			// pinholes (most) or a blowhole; one, or a few clustered
			const blow = r() < 0.3;
			const n = blow ? 1 + Math.floor(r() * 2) : r() < 0.4 ? 1 : 2 + Math.floor(r() * 5);
			const [u0, v0] = surfacePoint(r);
			const pits = Array.from({ length: n }, (_, i) => {
				const [du, dv] = i === 0 ? [0, 0] : [normal(r, 0, 0.06), normal(r, 0, 0.06)];
				return { u: u0 + du, v: v0 + dv, r: g * (blow ? uniform(r, 0.035, 0.07) : uniform(r, 0.014, 0.035)) };
			});
			return { kind, pits, depth: k * uniform(r, 0.8, 0.95) };
		}
		case 'chip': {
			// one chip or burr, or a stretch of ragged rim with several
			const ragged = r() < 0.4;
			const at = uniform(r, 0, 2 * Math.PI);
			const n = ragged ? 3 + Math.floor(r() * 6) : 1;
			const spread = ragged ? uniform(r, 0.4, 1.4) : 0;
			const bites = Array.from({ length: n }, () => {
				const isBurr = r() < 0.35;
				return {
					at: at + uniform(r, -spread, spread),
					width: ragged ? uniform(r, 0.03, 0.12) : g * uniform(r, 0.06, 0.3),
					depth: isBurr ? 0 : g * k * uniform(r, 0.03, ragged ? 0.09 : 0.15),
					burr: isBurr ? g * k * uniform(r, 0.025, 0.07) : 0,
					jag: Array.from({ length: 4 }, () => uniform(r, -1, 1))
				};
			});
			return { kind, bites, fracture: k * uniform(r, 0.5, 1) };
		}
		case 'crack': {
			// thin and dark; most start at the rim and run inwards
			const segments: [number, number, number, number][] = [];
			const fromRim = r() < 0.6;
			let u: number, v: number, dir: number;
			if (fromRim) {
				const a = uniform(r, 0, 2 * Math.PI);
				u = 0.99 * Math.cos(a);
				v = 0.99 * Math.sin(a);
				dir = a + Math.PI + normal(r, 0, 0.4);
			} else {
				[u, v] = surfacePoint(r);
				dir = uniform(r, 0, 2 * Math.PI);
			}
			const steps = 2 + Math.floor(r() * 5);
			for (let i = 0; i < steps; i++) {
				dir += normal(r, 0, 0.45);
				const len = g * uniform(r, 0.02, 0.05);
				const nu = u + len * Math.cos(dir),
					nv = v + len * Math.sin(dir);
				segments.push([u, v, nu, nv]);
				if (r() < 0.15) {
					const bd = dir + (r() < 0.5 ? 1 : -1) * uniform(r, 0.5, 1.2);
					const bl = uniform(r, 0.02, 0.06);
					segments.push([nu, nv, nu + bl * Math.cos(bd), nv + bl * Math.sin(bd)]);
				}
				u = nu;
				v = nv;
			}
			return { kind, segments, width: g * uniform(r, 0.008, 0.022), depth: k * uniform(r, 0.75, 0.92) };
		}
		case 'shrinkage': {
			const [u, v] = surfacePoint(r);
			return {
				kind,
				u,
				v,
				r: g * uniform(r, 0.04, 0.1),
				harmonics: Array.from({ length: 6 }, () => uniform(r, -0.25, 0.25)),
				depth: k * uniform(r, 0.3, 0.55)
			};
		}
		case 'rough': {
			const [u, v] = surfacePoint(r);
			return { kind, u, v, r: g * uniform(r, 0.06, 0.13), amp: k * uniform(r, 0.3, 0.5) };
		}
	}
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

/** The rim's radius at angle `phi` (part frame) and how much broken or burred metal it shows. */
export function rimAt(bites: RimDamage[], phi: number): { rOuter: number; broken: number; burr: number } {
	let rOuter = 1,
		broken = 0,
		burr = 0;
	for (const c of bites) {
		const t = angleDiff(phi, c.at) / c.width;
		if (Math.abs(t) >= 1) continue;
		const t2 = t * t;
		const jag = c.jag[0] * Math.sin(9 * t + c.jag[2] * 3) + c.jag[1] * Math.sin(23 * t + c.jag[3] * 3);
		const bump = 1 - t2 * t2;
		if (c.depth > 0) {
			rOuter -= c.depth * bump * (1 + 0.35 * jag);
			broken = Math.max(broken, bump);
		} else {
			const h = c.burr * bump * (1 + 0.5 * jag);
			rOuter += Math.max(0, h);
			burr = Math.max(burr, bump);
		}
	}
	return { rOuter, broken, burr };
}

function onSurface(rad: number): number {
	// defects mark the flange and hub face; on the black ring they hardly show
	return rad > R_FLANGE || (rad > 0.2 && rad < 0.34) ? 1 : 0.3;
}

export function applyDefects(
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
					if (dist < q.r + 1.5 * px) {
						// a dark hole with a faint lit edge on one side
						const c = discCover(u - q.u, v - q.v, q.r, px);
						p *= 1 - d.depth * c * onSurface(rad);
						const rim = discCover(u - q.u, v - q.v, q.r * 1.5, px) - c;
						if (rim > 0 && (u - q.u) * 0.7 + (v - q.v) * 0.7 > 0) p += 0.12 * d.depth * rim;
					}
				}
				break;
			case 'crack': {
				let m = Infinity;
				for (const s of d.segments) m = Math.min(m, segDist(u, v, s));
				if (m < d.width + 1.5 * px) p *= 1 - d.depth * lineCover(m, d.width, px) * onSurface(rad);
				break;
			}
			case 'shrinkage': {
				const dist = Math.hypot(u - d.u, v - d.v);
				if (dist < d.r * 1.6 + px) {
					const th = Math.atan2(v - d.v, u - d.u);
					let edge = d.r;
					d.harmonics.forEach((h, i) => (edge += d.r * h * Math.sin((i + 2) * th + i)));
					const mottle = 0.6 + 0.8 * valueNoise(u * 70, v * 70, ts + 7);
					p *=
						1 -
						Math.min(0.95, d.depth * mottle) *
							discCover(u - d.u, v - d.v, Math.max(edge, 0.005), px) *
							onSurface(rad);
				}
				break;
			}
			case 'rough': {
				const dist = Math.hypot(u - d.u, v - d.v);
				if (dist < d.r) {
					const fade = 1 - step(d.r * 0.5, d.r, dist);
					// grain a couple of pixels of a photo across; it shows as texture at any size
					const grain = valueNoise(u / Math.max(0.02, 1.5 * px), v / Math.max(0.02, 1.5 * px), ts + 3) - 0.5;
					p += (d.amp * grain - 0.08 * d.amp) * fade * onSurface(rad);
				}
				break;
			}
			case 'chip':
				break;
		}
	}
	return p;
}
