import type { QuestionSource } from '$lib/quiz';
import { IDENTITY_DRAW, samplingMatrix } from '$lib/math/augment';
import { pick, randInt, rng, shuffle } from '$lib/math/rng';
import { quizText } from '$lib/quiz/text';
import { text } from './quiz-text';

const q = quizText(text);
type WhyKey = Extract<keyof typeof text.en, `why.${string}`>;

type Fit = 'overfitting' | 'underfitting' | 'good';

type Aug = 'both-flips' | 'any-angle' | 'small-shift' | 'h-flips' | 'small-turn' | 'small-zoom';
type Bad = 'shear-60' | 'half-crop' | 'v-flips' | 'any-angle' | 'h-flips';

/**
 * Camera set-ups and which transforms keep their photos realistic and their labels true; each
 * transform that does not names the sentence saying why (`why.<scene>.<transform>`).
 */
const SETUPS = [
	{ scene: 'top', ok: ['both-flips', 'any-angle', 'small-shift'], bad: ['shear-60', 'half-crop'] },
	{ scene: 'side', ok: ['h-flips', 'small-turn', 'small-shift'], bad: ['v-flips', 'any-angle'] },
	{ scene: 'serial', ok: ['small-turn', 'small-shift', 'small-zoom'], bad: ['h-flips', 'any-angle'] }
] as const satisfies readonly { scene: string; ok: readonly Aug[]; bad: readonly Bad[] }[];

/** The languages this quiz's words exist in (the quiz says so where the page's is missing). */
export const languages = ['en', 'id'] as const;

export const quiz: QuestionSource[] = [
	{
		id: 'diagnose',
		make(seed) {
			const r = rng(seed);
			const fit = pick(r, ['overfitting', 'underfitting', 'good'] as const);
			const epochs = pick(r, [10, 20, 30]);
			const [tr, va] =
				fit === 'overfitting'
					? ((t) => [t, t - randInt(r, 12, 20)])(randInt(r, 97, 100))
					: fit === 'underfitting'
						? ((t) => [t, t - randInt(r, 0, 2)])(randInt(r, 58, 66))
						: ((t) => [t, t - randInt(r, 0, 2)])(randInt(r, 94, 97));
			return {
				kind: 'single',
				id: 'diagnose',
				prompt: q('diagnose.prompt', { epochs, tr, va }),
				explanation: q(`diagnose.${fit}`, { tr, va, gap: tr - va }),
				choices: (['overfitting', 'underfitting', 'good'] as const).map((k: Fit) => ({
					text: q(`fit.${k}`),
					correct: k === fit
				})),
				section: {
					underfitting: 'underfitting-too-simple-to-see-the-pattern',
					overfitting: 'overfitting-memorising-instead-of-learning',
					good: 'the-sweet-spot'
				}[fit]
			};
		}
	},
	{
		id: 'shift-pixels',
		make(seed) {
			const r = rng(seed + 11);
			const w = pick(r, [64, 96, 128, 300]);
			const range = pick(r, [0.05, 0.1, 0.2, 0.25]);
			const across = r() < 0.5;
			// the shift of the sampled point when the draw is the full range, from the sampling map
			const m = samplingMatrix(
				{ ...IDENTITY_DRAW, shiftX: across ? range : 0, shiftY: across ? 0 : range },
				w,
				w
			);
			const answer = Math.round(Math.abs(across ? m[2] : m[5]) * 1000) / 1000;
			const arg = across ? 'width_shift_range' : 'height_shift_range';
			return {
				kind: 'numeric',
				id: 'shift-pixels',
				// the setting is code (it keeps its decimal point); the prose numbers are the reader's
				prompt: q('shift.prompt', {
					w,
					setting: `${arg}=${range}`,
					direction: q(across ? 'shift.sideways' : 'shift.up-down')
				}),
				explanation: q('shift.explain', { range, side: q(across ? 'shift.width' : 'shift.height'), w, answer }),
				answer,
				tolerance: 0.01,
				unit: q('unit'),
				section: 'data-augmentation'
			};
		}
	},
	{
		id: 'turn-pixels',
		make(seed) {
			const r = rng(seed + 17);
			const w = pick(r, [64, 128, 300]);
			const dist = pick(r, [10, 20, 30]) * (w / 64 >= 2 ? 2 : 1);
			const deg = pick(r, [10, 20, 30, 45]);
			// how far the pixel `dist` to the right of the centre is taken from, at the largest turn
			const m = samplingMatrix({ ...IDENTITY_DRAW, rotate: deg }, w, w);
			const [x, y] = [w / 2 + dist, w / 2];
			const moved = Math.hypot(m[0] * x + m[1] * y + m[2] - x, m[3] * x + m[4] * y + m[5] - y);
			const answer = Math.round(moved * 10) / 10;
			return {
				kind: 'numeric',
				id: 'turn-pixels',
				prompt: q('turn.prompt', { w, deg, dist }),
				explanation: q('turn.explain', { deg, dist, answer }),
				answer,
				tolerance: 0.1,
				unit: q('unit'),
				section: 'how-one-transform-is-applied'
			};
		}
	},
	{
		id: 'which-data',
		make(seed) {
			const r = rng(seed + 22);
			const variant = pick(r, [
				{ prompt: 0, right: 'training' },
				{ prompt: 1, right: 'training' },
				{ prompt: 2, right: 'validation-test' },
				{ prompt: 3, right: 'training' },
				{ prompt: 4, right: 'validation-test' }
			] as const);
			const stay = variant.right === 'validation-test';
			const options = stay
				? (['validation-test', 'training', 'test', 'none'] as const)
				: (['training', 'training-validation', 'all', 'validation-test'] as const);
			return {
				kind: 'single',
				id: 'which-data',
				prompt: q(`data.prompt.${variant.prompt}`),
				explanation: q('data.explain'),
				choices: options.map((k) => ({ text: q(`data.${k}`), correct: k === variant.right })),
				section: 'rules-of-thumb'
			};
		}
	},
	{
		id: 'safe-transforms',
		make(seed) {
			const r = rng(seed + 33);
			const setup = pick(r, SETUPS);
			const ok = shuffle(r, setup.ok).slice(0, 2);
			const why = (b: (typeof setup.bad)[number]) => q(`why.${setup.scene}.${b}` as WhyKey);
			return {
				kind: 'multiple',
				id: 'safe-transforms',
				prompt: q('safe.prompt', { scene: q(`scene.${setup.scene}`) }),
				explanation: q('safe.explain', { why: setup.bad.map(why).join(' ') }),
				choices: [
					...ok.map((k) => ({ text: q(`aug.${k}`), correct: true })),
					...setup.bad.map((b) => ({ text: q(`aug.${b}`), correct: false, why: why(b) }))
				],
				section: 'rules-of-thumb'
			};
		}
	},
	{
		id: 'cure',
		make(seed) {
			const r = rng(seed + 44);
			const over = r() < 0.5;
			const symptom = q(over ? `cure.over.${pick(r, [0, 1] as const)}` : `cure.under.${pick(r, [0, 1] as const)}`);
			// two that help and two that do not, drawn from what the lesson lists for each case
			const helps = over
				? (['augmentation', 'dropout', 'early-stopping', 'smaller-model', 'more-photos'] as const)
				: (['bigger-model', 'more-epochs', 'finer-input', 'higher-rate'] as const);
			const hurts = over
				? (['bigger-dense', 'extra-epochs', 'no-dropout'] as const)
				: (['stronger-dropout', 'smaller-model', 'stop-earlier'] as const);
			const choices = [
				...shuffle(r, helps)
					.slice(0, 2)
					.map((k) => ({ text: q(`cure.${k}`), correct: true })),
				...shuffle(r, hurts)
					.slice(0, 2)
					.map((k) => ({ text: q(`cure.${k}`), correct: false, why: q(`cure.${k}.why`) }))
			];
			return {
				kind: 'multiple',
				id: 'cure',
				prompt: q('cure.prompt', { symptom }),
				explanation: q(over ? 'cure.over.explain' : 'cure.under.explain'),
				choices,
				section: over ? 'overfitting-memorising-instead-of-learning' : 'underfitting-too-simple-to-see-the-pattern'
			};
		}
	}
];
for (const source of quiz) source.locales = languages;
