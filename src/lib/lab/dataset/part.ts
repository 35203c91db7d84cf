// One synthetic casting, drawn like the top-view photos of cast pump impellers in the public
// casting data set, and calibrated to real photos of them (scripts/lab/gap.ts prints the gap):
// - a light gray table, brighter to one side, that also shows through the central hole;
// - the hub: a bright top face round the hole, then a dark wall falling into
// - the inner ring: near black, with faint lighter curved vanes;
// - a lighter lip where the flange's inner wall catches the light, then
// - the flange: bright brushed metal whose brightness sweeps round the part (a first and a second
//   angular harmonic, as light reflected off turned metal does), fine radial brushing and
//   concentric turning marks, a dark bevel at the outer rim and a soft shadow beyond it.
// The defects it carries are drawn by defects.ts, the noise and pixel coverage by raster.ts.
// Plain TypeScript over typed arrays, deterministic for a given random stream.
import { normal, uniform, type Rng } from '../../math/rng';
import {
	applyDefects,
	DEFECT_KINDS,
	R_FLANGE,
	randomDefect,
	rimAt,
	type Defect,
	type DefectKind
} from './defects';
import { lineCover, step, valueNoise } from './raster';

export { DEFECT_KINDS, randomDefect, type Defect, type DefectKind, type RimDamage } from './defects';
export { discCover, lineCover } from './raster';

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
