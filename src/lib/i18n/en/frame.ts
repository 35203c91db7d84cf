// Interface strings every widget's frame shows: present mode and the share panel's iframe snippet.
export const frame = {
	'instructor.present': 'Present',
	'instructor.present.stop': 'Stop presenting',
	'instructor.present.hint':
		'Present: the widget alone, full screen, large and high-contrast. Shortcut: P while the widget has focus; Esc leaves.',
	'instructor.fullscreen': 'Full screen',
	'instructor.iframe': 'Embed in a page (iframe)',
	'instructor.iframe.label': 'HTML to paste into a page or a learning platform',
	'instructor.iframe.copy': 'Copy snippet',
	'instructor.iframe.copied': 'Snippet copied.'
} as const;
