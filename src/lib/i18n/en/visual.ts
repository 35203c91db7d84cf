// Strings of the visual-first work (issue 14): previews, Present layout, phone cues.
export const visual = {
	'pix.original': 'The picture itself ({w} × {h} pixels)',
	'hero.title': 'Drag the kernel over the casting',
	'hero.lead':
		'A 3 × 3 kernel multiplies the nine pixels under it by its weights and adds them up: one number of the feature map. Edge kernels light up the rim and the pits.',
	'hero.picture':
		'A casting, 40 × 40 gray pixels. The kernel’s window is centred on row {row}, column {col}: drag it, or use the arrow keys.',
	'hero.casting': 'A casting with pits (generated)',
	'hero.products': 'The nine pixels under the window, each times its kernel weight',
	'hero.map': 'Feature map: {kernel} (38 × 38; brightness is the number’s size)',
	'hero.play': 'Play the scan',
	'hero.pause': 'Pause the scan'
} as const;
