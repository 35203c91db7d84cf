// One synthetic casting, drawn like the top-view photos of cast pump impellers in the public
// casting data set, and calibrated to real photos of them (scripts/lab/gap.ts prints the gap):
// - a light gray table, brighter to one side, that also shows through the central hole;
// - the hub: a bright top face round the hole, then a dark wall falling into
// - the inner ring: near black, with faint lighter curved vanes;
// - a lighter lip where the flange's inner wall catches the light, then
// - the flange: bright brushed metal whose brightness sweeps round the part (a first and a second
//   angular harmonic, as light reflected off turned metal does), fine radial brushing and
//   concentric turning marks, a dark bevel at the outer rim and a soft shadow beyond it.
// Defects at their real sizes (lengths in units of the flange's outer radius R; a pixel of a 300 px
// photo is about 0.008 R, one of the lab's 64 px images about 0.038 R), many of them subtle:
// pinholes and blowholes, chipped or ragged rims and burrs, thin cracks, shrinkage, rough patches.
// Dots and lines thinner than a pixel darken it by the share of it they cover, as a camera would.
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
	light: number; // direction of the lighting sweep's first harmonic, radians
	sweep1: number; // its amplitude
	light2: number; // direction of the second harmonic (a bright band across the part)
	sweep2: number;
	flange: number; // mean brightness of the flange
	table: number; // brightness of the table
	tableTilt: number; // how much brighter the table gets across the image, and towards where
	tableDir: number;
	shadow: number; // depth of the shadow round the rim
	bevel: number; // how dark the outer rim's bevel is
	shadowDir: number;
	inner: number; // brightness of the inner ring
	hub: number; // brightness of the hub's top face
	hole: number; // radius of the hole
	holeShade: number; // how much of the table's light reaches through the hole
	tiltX: number; // parallax: the raised hub seen off the rim's centre (image frame, units of R)
	tiltY: number;
	hubFace: number; // width of the hub's bright top face
	hubOuter: number; // where the hub's wall meets the inner ring
	innerOuter: number; // outer edge of the dark inner ring
	gain: number; // global brightness
	contrast: number;
	noise: number; // pixel noise sd
	blur: number; // 0..1 blend towards a 3×3 box blur
	vanes: number;
	defects: Defect[];
	texSeed: number;
}

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
const R_FLANGE = 0.66;

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

/** A random part; `defective` decides whether it carries one or more defects. */
export function randomPart(r: Rng, defective: boolean, only?: DefectKind): PartSpec {
	const defects: Defect[] = [];
	if (defective) {
		const n = only ? 1 : r() < 0.75 ? 1 : 2;
		for (let i = 0; i < n; i++) {
			const kind = only ?? DEFECT_KINDS[Math.floor(r() * DEFECT_KINDS.length)];
			// sizes as on real parts: from a few pixels of a 300 px photo up to a few times that
			const grow = r() < 0.5 ? uniform(r, 1.5, 2.5) : uniform(r, 1, 1.5);
			defects.push(randomDefect(r, kind, r() < 0.2, grow));
		}
	}
	const light = uniform(r, 0, 2 * Math.PI);
	const hole = uniform(r, 0.19, 0.25),
		hubOuter = Math.max(hole + 0.07, uniform(r, 0.3, 0.37));
	return {
		cx: 0.5 + normal(r, 0, 0.012),
		cy: 0.5 + normal(r, 0, 0.012),
		radius: uniform(r, 0.37, 0.45),
		angle: uniform(r, 0, 2 * Math.PI),
		light,
		sweep1: uniform(r, 0.03, 0.2),
		light2: light + normal(r, 0, 0.8),
		sweep2: uniform(r, 0.03, 0.18),
		flange: uniform(r, 0.62, 0.85),
		table: uniform(r, 0.55, 0.8),
		tableTilt: uniform(r, 0, 0.25),
		tableDir: uniform(r, 0, 2 * Math.PI),
		shadow: uniform(r, 0.12, 0.4),
		bevel: uniform(r, 0.3, 0.6),
		shadowDir: uniform(r, 0, 2 * Math.PI),
		// real inner rings are near black (0.05–0.16); drawn that dark, the default model (global max
		// pooling) finds no defect in 16 epochs: its dark-pattern filters all fire on the ring
		inner: uniform(r, 0.22, 0.32),
		hub: uniform(r, 0.8, 0.98),
		hole,
		holeShade: uniform(r, 0.7, 0.95),
		tiltX: normal(r, 0, 0.02),
		tiltY: normal(r, 0, 0.02),
		hubFace: (hubOuter - hole) * uniform(r, 0.8, 0.95),
		hubOuter,
		innerOuter: uniform(r, 0.54, 0.6),
		gain: uniform(r, 0.92, 1.08),
		contrast: uniform(r, 0.9, 1.1),
		noise: uniform(r, 0.002, 0.012),
		blur: uniform(r, 0, 0.3),
		vanes: 6 + Math.floor(r() * 4),
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

/**
 * How much of a pixel (side `px`, centred at offset (du, dv) from a disc's centre) a disc of
 * radius `r` covers: sampled on an 8×8 grid near the edge, and for a disc much smaller than a pixel
 * its exact share of the pixel's area (so a pinhole darkens a pixel a little, not fully).
 */
export function discCover(du: number, dv: number, r: number, px: number): number {
	if (r < 0.3 * px) return Math.abs(du) < px / 2 && Math.abs(dv) < px / 2 ? (Math.PI * r * r) / (px * px) : 0;
	// a disc wholly inside the pixel covers exactly its area
	if (Math.abs(du) + r <= px / 2 && Math.abs(dv) + r <= px / 2) return (Math.PI * r * r) / (px * px);
	const d = Math.hypot(du, dv);
	if (d >= r + 0.75 * px) return 0;
	if (d <= r - 0.75 * px) return 1;
	let hit = 0;
	for (let i = 0; i < 8; i++)
		for (let j = 0; j < 8; j++)
			if (Math.hypot(du + ((i + 0.5) / 8 - 0.5) * px, dv + ((j + 0.5) / 8 - 0.5) * px) < r) hit++;
	return hit / 64;
}

/**
 * How much of a pixel (side `px`) whose centre is `dist` from a line's middle a line of half-width
 * `w` covers: the exact overlap for a line along the pixel grid, so a hairline darkens by its width.
 */
export function lineCover(dist: number, w: number, px: number): number {
	return Math.max(0, Math.min(dist + px / 2, w) - Math.max(dist - px / 2, -w)) / px;
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
function rimAt(bites: RimDamage[], phi: number): { rOuter: number; broken: number; burr: number } {
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

/** Draw `spec` into `out` (size×size, values in 0…1). `r` supplies the pixel noise. */
export function drawPart(
	spec: PartSpec,
	size: number,
	r: Rng,
	out = new Float32Array(size * size)
): Float32Array {
	const R = spec.radius * size;
	const px = 1 / R; // one pixel in part units
	const cos = Math.cos(-spec.angle),
		sin = Math.sin(-spec.angle);
	const ts = spec.texSeed;
	const bites = spec.defects.flatMap((d) => (d.kind === 'chip' ? d.bites : []));
	const fracture = Math.max(0, ...spec.defects.map((d) => (d.kind === 'chip' ? d.fracture : 0)));
	// texture finer than a few pixels would only alias into speckle (a camera averages it away)
	const fine = (periodPx: number) => step(1.5, 5, periodPx);
	const fineTable = fine(size / 140),
		fineStreak = fine((R * 0.8 * 2 * Math.PI) / 90),
		fineTurn = fine(R / 60);
	const tdx = Math.cos(spec.tableDir),
		tdy = Math.sin(spec.tableDir);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			// image frame (for lighting, which does not turn with the part) and part frame (u, v)
			const ix = (x + 0.5) / size - 0.5,
				iy = (y + 0.5) / size - 0.5;
			const dx = (x + 0.5 - spec.cx * size) / R,
				dy = (y + 0.5 - spec.cy * size) / R;
			const u = dx * cos - dy * sin,
				v = dx * sin + dy * cos;
			const rad = Math.hypot(u, v);
			const th = Math.atan2(dy, dx); // lighting angle, image frame
			const phi = Math.atan2(v, u); // part angle
			// table: light gray, brighter to one side, faint cloudy texture
			const table =
				spec.table +
				spec.tableTilt * (ix * tdx + iy * tdy) +
				0.06 * (valueNoise(x * (6 / size), y * (6 / size), ts) - 0.5) +
				0.03 *
					fineTable *
					(valueNoise((ix * tdx + iy * tdy) * 140, (iy * tdx - ix * tdy) * 12, ts + 5) - 0.5);
			const { rOuter, broken, burr } = bites.length ? rimAt(bites, phi) : { rOuter: 1, broken: 0, burr: 0 };
			// the shadow beyond the rim, deeper on one side
			const side = 0.5 + 0.5 * Math.cos(th - spec.shadowDir);
			const out1 = rad - rOuter;
			let val =
				table * (1 - spec.shadow * (0.35 + 0.65 * side) * Math.exp(-Math.max(0, out1) / (0.035 + 2 * px)));
			const inPart = 1 - step(rOuter - px * 0.5, rOuter + px * 0.5, rad);
			if (inPart > 0) {
				const sweep =
					spec.sweep1 * Math.cos(th - spec.light) + spec.sweep2 * Math.cos(2 * (th - spec.light2));
				// brushed flange: fine radial streaks and concentric turning marks
				const streak = valueNoise(phi * 90, rad * 3, ts + 1) - 0.5;
				const turn = valueNoise(rad * 60, phi * 2, ts + 2) - 0.5;
				const flange = spec.flange + sweep + 0.025 * fineStreak * streak + 0.02 * fineTurn * turn;
				// inner ring: near black with faint lighter curved vanes
				const vane = Math.cos(spec.vanes * (phi + 2.2 * rad));
				const inner = spec.inner * (1 + 0.25 * sweep) + 0.045 * step(0.75, 0.98, vane);
				const hub = spec.hub + 0.5 * sweep + 0.04 * (valueNoise(phi * 30, rad * 20, ts + 4) - 0.5);
				// the hub stands higher than the flange: seen a little off the rim's centre
				const radH = Math.hypot(dx - spec.tiltX, dy - spec.tiltY),
					radM = Math.hypot(dx - spec.tiltX / 2, dy - spec.tiltY / 2);
				const hole = table * spec.holeShade * (1 - 0.35 * step(spec.hole - 0.04, spec.hole, radH)); // the bore's shaded wall
				let p = hole;
				const e = px * 0.6;
				p += (hub - p) * step(spec.hole - e, spec.hole + e, radH);
				// a thin bright top face, then the hub's outer wall falls away into the dark ring
				const wallStart = spec.hole + spec.hubFace;
				const wallLevel = inner + 0.3 * spec.hub * (1 - step(wallStart, spec.hubOuter, radH));
				p += (wallLevel - p) * step(wallStart - e, wallStart + e, radH);
				// a chamfer line across the hub's face
				p *= 1 - 0.15 * lineCover(Math.abs(radH - spec.hole - spec.hubFace * 0.45), 0.008, px);
				p += (inner - p) * step(spec.hubOuter - e, spec.hubOuter + e, radH);
				// the flange's inner wall: a lighter lip between the dark ring and the flange
				const lip = (spec.flange * 0.9 + 0.8 * sweep) * (1 + 0.3 * turn);
				p += (lip - p) * step(spec.innerOuter - e, spec.innerOuter + e, radM);
				p +=
					(inner + 0.04 - p) *
					step(R_FLANGE - 0.03 - e, R_FLANGE - 0.03 + e, rad) *
					(1 - step(R_FLANGE - e, R_FLANGE + e, rad));
				p += (flange - p) * step(R_FLANGE - e, R_FLANGE + e, rad);
				// a dark bevel at the outer rim
				p *= 1 - spec.bevel * step(rOuter - 0.025 - px, rOuter, rad);
				// a chip's broken face: dark grainy metal along the new edge; a burr: bright, rough flakes
				if (broken > 0 && fracture > 0) {
					const face = step(rOuter - 0.04 - 2 * px, rOuter - 0.01, rad);
					p *= 1 - broken * fracture * face * (0.35 + 0.4 * valueNoise(phi * 60, rad * 60, ts + 11));
				}
				// a burr: rough metal sticking out past the rim, darker than the flange and shaded at its edge
				if (burr > 0 && rad > 0.985)
					p =
						(spec.flange * 0.65 + 0.4 * sweep) *
						(0.75 + 0.4 * valueNoise(phi * 25, rad * 25, ts + 12)) *
						(1 - 0.4 * step(rOuter - 0.03, rOuter, rad));
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
	// defects mark the flange and hub face; on the black ring they hardly show
	return rad > R_FLANGE || (rad > 0.2 && rad < 0.34) ? 1 : 0.3;
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

/** Blur, global brightness and contrast, noise and clamping to 0…1. */
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
