import { echo, int, type Param } from '$lib/embed/params';
import { t, useStrings } from '$lib/i18n';
import deeperStrings from '$lib/i18n/areas/deeper';
import { parseLayers, type Layer } from '$lib/math/receptive-field';

// Parsing a link names its problems before any part has loaded, so the table loads its strings.
useStrings(deeperStrings);

export const MAX_LAYERS = 4;
export const MAX_SIZE = 32;
export const MAX_CHANNELS = 1024;

/** Two 3×3 convolutions: the stack that sees 5×5. */
export const DEFAULT_LAYERS: Layer[] = [
	{ kind: 'conv', k: 3, s: 1 },
	{ kind: 'conv', k: 3, s: 1 }
];

export function formatLayers(layers: readonly Layer[]): string {
	return layers.map((l) => `${l.kind}${l.k}s${l.s}`).join(',');
}

/** `conv3s1,conv3s1,pool2s2`: one to four layers, each `conv<k>s<s>` or `pool<k>s<s>`. */
export const layersParam: Param<Layer[]> = {
	default: DEFAULT_LAYERS,
	parse(raw) {
		const r = parseLayers(raw);
		if (!r.ok) return { ok: false, problem: t('rf.problem.layer', { token: echo(r.bad) }) };
		if (r.layers.length > MAX_LAYERS)
			return { ok: false, problem: t('rf.problem.count', { n: r.layers.length, max: MAX_LAYERS }) };
		return { ok: true, value: r.layers };
	},
	format: formatLayers
};

/** URL parameters of /embed/receptive-field/. */
export const params = {
	layers: layersParam,
	size: int({ min: 1, max: MAX_SIZE, default: 9 }),
	row: int({ min: 0, max: MAX_SIZE - 1, default: 2 }),
	col: int({ min: 0, max: MAX_SIZE - 1, default: 2 }),
	channels: int({ min: 1, max: MAX_CHANNELS, default: 64 })
};
