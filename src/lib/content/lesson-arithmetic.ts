// The notation the lesson-arithmetic tests read a lesson's Markdown in: shared by the English and
// the Indonesian checks (a helper, not a test file, so that neither test file runs the other's
// tests by importing it).

/** A lesson's prose and TeX in the plain notation equations() reads (code blocks left out). */
export function plain(md: string): string {
	return md
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/\\t?frac\{([^{}]+)\}\{([^{}]+)\}/g, '($1) / ($2)')
		.replace(/\{,\}/g, '')
		.replace(/\\cdot|\\times/g, '·')
		.replace(/\\approx/g, '≈')
		.replace(/\\log\b/g, 'log')
		.replace(/\\sin\b/g, 'sin')
		.replace(/\\\\|&|\\[,;!]|\\left|\\right|\$/g, ' ')
		.replace(/\\%/g, '%');
}

/** Indonesian number punctuation back to JavaScript's; inline code (already JS) is left out. */
export function fromIndonesian(md: string): string {
	let s = md.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`\n]*`/g, ' ');
	// thousands dots: 262.144, 26.214.400
	while (/(\d)\.(\d{3})(?!\d)/.test(s)) s = s.replace(/(\d)\.(\d{3})(?!\d)/g, '$1$2');
	return s.replace(/(\d)\{,\}(\d)/g, '$1.$2').replace(/(\d),(\d)/g, '$1.$2');
}
