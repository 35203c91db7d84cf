// The arithmetic a quiz explanation writes out ("(5·5·1 + 1)·32 = 832", "440 / (440 + 13) ≈ 0.971"),
// found and recomputed, so a test can check that every equation a learner reads is true.

/** Turn the course's notation into a JavaScript expression, or null if it has anything else. */
function toJs(expr: string): string | null {
	const js = expr
		.replace(/−/g, '-')
		.replace(/[×·]/g, '*')
		.replace(/÷/g, '/')
		.replace(/²/g, '**2')
		.replace(/½\s*\*/g, '0.5*')
		.replace(/½/g, '0.5*')
		.replace(/⌊/g, 'Math.floor(')
		.replace(/⌈/g, 'Math.ceil(')
		.replace(/[⌋⌉]/g, ')')
		.replace(/E\(/g, 'Math.exp(')
		.replace(/L\(/g, 'Math.log(')
		.replace(/°/g, '');
	return /^[\d.\s+\-*/()]*(?:Math\.(?:floor|ceil|exp|log)\([\d.\s+\-*/()]*)*[\d.\s+\-*/()]*$/.test(js) ||
		/^(?:[\d.\s+\-*/()]|Math\.(?:floor|ceil|exp|log)|S)+$/.test(js)
		? js
		: null;
}

function evaluate(expr: string): number | null {
	const js = toJs(expr);
	if (js === null || !/\d/.test(js)) return null;
	try {
		// S(x): the sine of x degrees (`sin(20° / 2)`)
		const v = Function(
			'S',
			`"use strict"; return (${js});`
		)((x: number) => Math.sin((x * Math.PI) / 180)) as unknown;
		return typeof v === 'number' && Number.isFinite(v) ? v : null;
	} catch {
		return null;
	}
}

/** Characters an arithmetic left-hand side may hold (after `e^(` → `E(` and `log x` → `L(x)`). */
const ARITH = /[\d.\s+\-−×·÷/()⌊⌋⌈⌉²½ELS°]/;
const OPERATOR = /[+\-−×·÷/⌊⌈²½ELS]/;

export interface Equation {
	/** The left-hand side as written. */
	lhs: string;
	/** Its value, recomputed. */
	value: number;
	/** The number written after `=` or `≈`. */
	stated: number;
	/** Decimals the stated number shows. */
	decimals: number;
	/** `=` claims the exact value; `≈` the value rounded to the decimals shown. */
	sign: '=' | '≈';
	/** The right-hand side is an expression, not a number. */
	expression: boolean;
}

/** Drop what cannot begin an expression (a binary operator, an unmatched bracket) from the front. */
function trimFront(tail: string): string {
	let t = tail.trimStart();
	for (;;) {
		const before = t;
		t = t.replace(/^[+×·÷/²)⌋⌉\s]+/, '');
		// an opening bracket that is never closed belongs to the words before
		let depth = 0;
		let cut = -1;
		for (let i = 0; i < t.length; i++) {
			if ('(⌊⌈'.includes(t[i])) depth++;
			else if (')⌋⌉'.includes(t[i])) depth--;
			if (depth < 0) {
				cut = i;
				break;
			}
		}
		if (cut >= 0) t = t.slice(cut + 1);
		else if (depth > 0) t = t.slice(t.search(/[(⌊⌈]/) + 1);
		if (t === before) return t.trim();
	}
}

/** The arithmetic that starts a text (the right-hand side of an `=`), up to the first word. */
function headExpression(text: string): string {
	let end = 0;
	while (end < text.length && ARITH.test(text[end])) end++;
	let head = text.slice(0, end);
	// a sentence's full stop or a closing bracket of the words around is not part of it
	head = head.replace(/[.\s]+$/, '');
	const open: number[] = [];
	for (let i = 0; i < head.length; i++) {
		if ('(⌊⌈'.includes(head[i])) open.push(i);
		else if (')⌋⌉'.includes(head[i]) && open.pop() === undefined) return head.slice(0, i).trim();
	}
	// `62.666 (stored as 63)`: a bracket left open opens the words after the value
	return (open.length ? head.slice(0, open[0]) : head).trim();
}

/**
 * Every `expression = value` (or `≈ value`) in a text whose expression is plain arithmetic. The
 * value is a number, or another expression (`= 31 / 77 ≈ 0.403` gives two equations).
 */
export function equations(text: string): Equation[] {
	const t = text
		.replace(/e\^\(/g, 'E(')
		.replace(/\blog ([\d.]+)/g, 'L($1)')
		.replace(/\bsin\(/g, 'S(');
	const parts = t.split(/([=≈])/);
	const signs = parts.filter((_, i) => i % 2 === 1) as ('=' | '≈')[];
	const texts = parts.filter((_, i) => i % 2 === 0);
	const out: Equation[] = [];
	for (let i = 0; i + 1 < texts.length; i++) {
		// the arithmetic tail of the text before the sign
		const before = texts[i];
		let start = before.length;
		while (start > 0 && ARITH.test(before[start - 1])) start--;
		const lhs = trimFront(before.slice(start));
		// `f′(−1) = 3`, `σ(z) = …`: a bracket right after a word is a function's argument
		if (start > 0 && before[start] === '(') continue;
		// a sign alone (−1) is a number, not arithmetic
		if (!OPERATOR.test(lhs.replace(/(^|[(⌊⌈])\s*[−-]/g, '$1'))) continue;
		const value = evaluate(lhs);
		if (value === null) continue;
		const head = headExpression(texts[i + 1]);
		const number = /^[−-]?\d+(?:\.\d+)?$/.test(head);
		let stated = number ? Number(head.replace('−', '-')) : evaluate(head);
		if (stated === null || head === '') continue;
		// an expression on the right (`= 31 / 77`) shows as many decimals as its finest number
		let decimals = number
			? (head.split('.')[1] ?? '').length
			: Math.max(0, ...[...head.matchAll(/\.(\d+)/g)].map((m) => m[1].length));
		// `453 / 715 ≈ 63%`: a percentage states a hundredth
		if (number && /^\s*%/.test(texts[i + 1].slice(texts[i + 1].indexOf(head) + head.length))) {
			stated /= 100;
			decimals += 2;
		}
		out.push({ lhs, value, stated, decimals, sign: signs[i], expression: !number });
	}
	return out;
}

/**
 * Whether the stated number is the value: exactly after `=`, as rounded to its decimals after `≈`.
 * `rounded`: `=` may also round (prose that works with four-decimal values throughout), and an
 * expression of rounded numbers may be off by one unit of its last decimal.
 */
export function holds(e: Equation, rounded = false): boolean {
	const exact = 1e-9 * Math.max(1, Math.abs(e.value));
	const unit = 10 ** -e.decimals;
	const tolerance = e.expression
		? rounded
			? unit + exact
			: exact
		: e.sign === '=' && !rounded
			? exact
			: 0.5 * unit + 1e-9;
	return Math.abs(e.value - e.stated) <= tolerance;
}
