// Tiny MathML builder for live formulas in widgets: browsers render MathML natively, so a
// widget can show "precision = TP/(TP+FP) = 93/(93+75)" without loading KaTeX on the page.
// Every function returns a markup string; text is escaped, so names typed by a user or read
// from a URL are safe to pass. Render the result with {@html}.

export type MathNode = string & { readonly __mathml: unique symbol };

const escapeMap: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Escape text for use inside MathML (or HTML) markup. */
export function escapeText(text: string): string {
	return text.replace(/[&<>"']/g, (c) => escapeMap[c]);
}

const node = (s: string) => s as MathNode;
const leaf = (tag: string, text: string | number) => node(`<${tag}>${escapeText(String(text))}</${tag}>`);

/** An identifier; multi-letter names render upright (as in "TP", "precision"). */
export const mi = (name: string) =>
	[...name].length > 1 ? node(`<mi mathvariant="normal">${escapeText(name)}</mi>`) : leaf('mi', name);
/** A number (pass it already formatted for display, or a number). */
export const mn = (value: string | number) => leaf('mn', value);
/** An operator: `+`, `−`, `=`, `×`, `(`, … */
export const mo = (op: string) => leaf('mo', op);
/** Text inside math. */
export const mtext = (text: string) => leaf('mtext', text);
/** A group of nodes. */
export const mrow = (...children: MathNode[]) => node(`<mrow>${children.join('')}</mrow>`);
/** A fraction. */
export const mfrac = (num: MathNode, den: MathNode) => node(`<mfrac>${num}${den}</mfrac>`);
/** Terms joined by an operator: `join('+', mi('TP'), mi('FP'))` → TP + FP. */
export const join = (op: string, ...terms: MathNode[]) =>
	mrow(...terms.flatMap((t, i) => (i === 0 ? [t] : [mo(op), t])));

/** A complete <math> element; `label` (optional) becomes its accessible name. */
export function math(content: MathNode, opts: { display?: 'block' | 'inline'; label?: string } = {}): string {
	const attrs = [
		opts.display === 'block' ? ' display="block"' : '',
		opts.label ? ` aria-label="${escapeText(opts.label)}"` : ''
	].join('');
	return `<math${attrs}>${content}</math>`;
}
