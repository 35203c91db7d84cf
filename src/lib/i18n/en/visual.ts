// Strings of the visual-first work (issue 14): previews, Present layout, phone cues.
export const visual = {
	'pix.original': 'The picture itself ({w} × {h} pixels)'
} as const;
