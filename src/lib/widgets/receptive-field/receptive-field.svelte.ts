import { t } from '$lib/i18n';
import type { Values } from '$lib/embed/params';
import { ParamState } from '$lib/embed/state.svelte';
import {
	convWeights,
	layerSizes,
	receptiveFields,
	stackWeights,
	traceBack,
	type Layer
} from '$lib/math/receptive-field';
import { DEFAULT_LAYERS, MAX_SIZE, formatLayers, layersParam, params } from './params';

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The layers, input size and picked cell are its own: the input grows to the layers' field and
 * the cell stays inside the last output, each change said in `message`. */
export class ReceptiveFieldState extends ParamState(params, ['layers', 'size', 'row', 'col']) {
	layers = $state.raw<Layer[]>(DEFAULT_LAYERS);
	size = $state(params.size.default);
	row = $state(params.row.default);
	col = $state(params.col.default);
	message = $state('');

	constructor(initial: Partial<Values<typeof params>> = {}) {
		super(initial);
		this.size = initial.size ?? params.size.default;
		const said: string[] = [];
		if (!this.setLayers(initial.layers ?? DEFAULT_LAYERS)) {
			said.push(this.message);
			this.setLayers(DEFAULT_LAYERS);
		}
		if (this.message) said.push(this.message);
		const cell = { row: initial.row ?? params.row.default, col: initial.col ?? params.col.default };
		this.pick(cell.row, cell.col);
		if (cell.row !== this.row || cell.col !== this.col)
			said.push(t('rf.msg.cell', { ...cell, n: this.out - 1 }));
		this.message = said.join(' ');
	}

	steps = $derived(receptiveFields(this.layers));
	last = $derived(this.steps[this.steps.length - 1]);
	sizes = $derived(layerSizes(this.size, this.layers));
	out = $derived(this.sizes[this.sizes.length - 1]);
	rowTrace = $derived(traceBack(this.layers, this.row));
	colTrace = $derived(traceBack(this.layers, this.col));
	/** Per layer (0 = input), 1 where the picked output depends on the cell, else 0. */
	maps = $derived(
		this.sizes.map((n, l) => {
			const rows = this.rowTrace[l];
			const cols = this.colTrace[l];
			return Float64Array.from({ length: n * n }, (_, i) =>
				rows.includes(Math.floor(i / n)) && cols.includes(i % n) ? 1 : 0
			);
		})
	);
	stack = $derived(stackWeights(this.layers, this.channels));
	single = $derived(convWeights(this.last.receptiveField, this.channels));
	hasPool = $derived(this.layers.some((l) => l.kind === 'pool'));
	override paramValues() {
		return {
			layers: this.layers,
			size: this.size,
			row: this.row,
			col: this.col,
			channels: this.channels
		};
	}

	/** Use `layers` if its field fits the largest input; grow the input to fit the field. */
	setLayers(layers: Layer[]): boolean {
		const r = receptiveFields(layers).at(-1)!.receptiveField;
		if (r > MAX_SIZE) {
			this.message = t('rf.msg.too-wide', { layers: formatLayers(layers), r, max: MAX_SIZE });
			return false;
		}
		this.layers = layers;
		this.message = '';
		if (this.size < r) {
			this.message = t('rf.msg.grown', { from: this.size, to: r });
			this.size = r;
		}
		this.pick(this.row, this.col);
		return true;
	}

	/** Parse typed layers; a bad token is named in the message and nothing changes. */
	typeLayers(text: string) {
		const r = layersParam.parse(text.trim(), 'layers');
		if (!r.ok) this.message = t('rf.msg.layers', { problem: r.problem });
		else this.setLayers(r.value);
	}

	setSize(n: number) {
		const r = this.last.receptiveField;
		const want = clamp(Math.round(n), 1, MAX_SIZE);
		this.message = want < r ? t('rf.msg.too-small', { n: want, r }) : '';
		this.size = Math.max(want, r);
		this.pick(this.row, this.col);
	}

	pick(r: number, c: number) {
		this.row = clamp(r, 0, this.out - 1);
		this.col = clamp(c, 0, this.out - 1);
	}
}
