// The code the lessons hand to learners, read from the lesson files and checked for the mistakes a
// review found: a validation set drawn from the augmenting generator, a converter option that
// cannot read the file it is given, an end-of-life Python.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PYTHON_VERSION } from '$lib/widgets/environments/data';
import { analyse } from '$lib/math/architecture';
import { DEFAULT_ARCHITECTURE, DEFAULT_SIZE } from '$lib/lab/model';
import { DEFAULT_SETTINGS } from '$lib/lab/train';

const lesson = (slug: string) =>
	readFileSync(new URL(`../../../content/lessons/${slug}/index.md`, import.meta.url), 'utf8');
const blocks = (md: string, lang: string) =>
	[...md.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

/** `name = ImageDataGenerator(...)` calls of a Python text: name → keyword arguments. */
function generators(py: string): Map<string, Map<string, string>> {
	const out = new Map<string, Map<string, string>>();
	for (const m of py.matchAll(/^(\w+) = ImageDataGenerator\(([\s\S]*?)\)\n/gm)) {
		const args = new Map<string, string>();
		for (const line of m[2].replace(/#.*$/gm, '').split(/,\s*/))
			if (line.includes('=')) {
				const [k, v] = line.split('=').map((t) => t.trim());
				args.set(k, v);
			}
		out.set(m[1], args);
	}
	return out;
}

/** The generator a `name = gen.flow_from_directory(...)` line uses. */
const source = (py: string, name: string) => new RegExp(`^${name} = (\\w+)\\.flow_from_directory`, 'm').exec(py)?.[1];

describe('lesson 10: the Keras code', () => {
	const md = lesson('10-case-study');
	const py = blocks(md, 'python').join('\n');
	const gens = generators(py);
	// the arguments that only rescale or split, never change a picture
	const NEUTRAL = new Set(['rescale', 'validation_split']);
	const augments = (g: string) => [...(gens.get(g)?.keys() ?? [])].filter((k) => !NEUTRAL.has(k));

	it('augments the training images', () => {
		expect(augments(source(py, 'train')!)).toContain('horizontal_flip');
	});
	it('draws validation and test images from generators that do not augment', () => {
		for (const split of ['val', 'test']) {
			const g = source(py, split);
			expect(g, `${split} comes from a generator`).toBeDefined();
			expect(augments(g!), `${split} = ${g}.flow_from_directory`).toEqual([]);
		}
	});
	it('holds out the same validation share in the training and validation generators', () => {
		const train = gens.get(source(py, 'train')!)!.get('validation_split');
		const val = gens.get(source(py, 'val')!)!.get('validation_split');
		expect(train).toBeDefined();
		expect(val).toBe(train);
		expect(py).toMatch(/^train = \w+\.flow_from_directory\('casting_data\/train', subset='training'/m);
		expect(py).toMatch(/^val = \w+\.flow_from_directory\('casting_data\/train', subset='validation'/m);
	});
	it('converts the file it saved, with the converter option that reads that format', () => {
		const saved = [...py.matchAll(/model\.save\('([^']+)'\)/g)].map((m) => m[1]);
		const commands = blocks(md, 'sh')
			.join('\n')
			.split('\n')
			.filter((l) => l.startsWith('tensorflowjs_converter'));
		expect(commands.length).toBeGreaterThan(0);
		for (const cmd of commands) {
			const format = /--input_format[= ](\w+)/.exec(cmd)![1];
			const file = /\s(\S+\.(?:h5|keras))\s/.exec(cmd)![1];
			expect(saved, `${file} is saved by the Python code`).toContain(file);
			expect(format, cmd).toBe(file.endsWith('.h5') ? 'keras' : 'keras_keras');
		}
		// and the prose names the option for the other format too
		expect(md).toContain('`--input_format keras_keras`');
	});
	it('asks for the Python version the environments lesson teaches, not an end-of-life one', () => {
		const versions = [...md.matchAll(/python=(\d+\.\d+)/g)].map((m) => m[1]);
		expect(versions.length).toBeGreaterThan(0);
		for (const v of versions) expect(v).toBe(PYTHON_VERSION);
		expect(Number(PYTHON_VERSION.split('.')[1])).toBeGreaterThanOrEqual(10);
	});
});

describe('lesson 10: the lab’s defaults, as the lesson and its Keras code state them', () => {
	const md = lesson('10-case-study');
	const flat = md.replace(/\s+/g, ' ');
	const py = blocks(md, 'python').join('\n');
	const infos = analyse(DEFAULT_ARCHITECTURE, DEFAULT_SIZE);

	it('the architecture table has the lab’s shapes and parameter counts, and the stated total', () => {
		const rows = [...md.matchAll(/^\| (.+?) \| \(([\d, ]+)\) \| (.+?) \|$/gm)].filter((m) => m[1] !== 'input');
		expect(rows).toHaveLength(infos.length);
		rows.forEach((m, i) => {
			expect(m[2].split(',').map(Number), m[1]).toEqual(infos[i].shape);
			const params = Number((/= ([\d{},]+)\$$/.exec(m[3])?.[1] ?? m[3]).replace(/[{},$]/g, ''));
			expect(params, m[1]).toBe(infos[i].params);
		});
		const total = infos.reduce((a, l) => a + l.params, 0);
		expect(flat).toContain(`The whole model has ${total.toLocaleString('en-US')} parameters`);
	});
	it('the training defaults in the prose and in the Keras code are the lab’s', () => {
		const s = DEFAULT_SETTINGS;
		expect(flat).toContain(`Fitting runs the epochs (${s.epochs} by default): the training images in shuffled batches of ${s.batchSize}`);
		expect(flat).toContain(`learning rate ${s.learningRate}`);
		expect(flat).toContain(`**input size** (${DEFAULT_SIZE}×${DEFAULT_SIZE} by default)`);
		expect(py).toMatch(new RegExp(`^SIZE = ${DEFAULT_SIZE}\\b`, 'm'));
		expect(py).toMatch(new RegExp(`^BATCH = ${s.batchSize}\\b`, 'm'));
		expect(py).toMatch(new RegExp(`^EPOCHS = ${s.epochs}\\b`, 'm'));
		expect(py).toContain(`Adam(learning_rate=${s.learningRate})`);
		const a = s.augmentation;
		expect(py).toContain(`horizontal_flip=${a.flipH ? 'True' : 'False'}`);
		expect(py).toContain(`vertical_flip=${a.flipV ? 'True' : 'False'}`);
		// Keras has no quarter-turn argument: the lesson's preprocessing_function turns by 90° half the time
		if (a.quarterTurn) {
			expect(py).toContain('preprocessing_function=quarter_turn,');
			expect(py).toContain('return np.rot90(x, np.random.randint(2))');
		} else expect(py).not.toContain('preprocessing_function=quarter_turn');
		expect(py).toMatch(new RegExp(`rotation_range=${a.rotate},`));
		expect(py).toMatch(new RegExp(`width_shift_range=${a.shiftX},`));
		expect(py).toMatch(new RegExp(`height_shift_range=${a.shiftY},`));
		expect(py).toMatch(new RegExp(`zoom_range=${a.zoom},`));
		expect(py).toMatch(new RegExp(`shear_range=${a.shear},`));
	});
});
