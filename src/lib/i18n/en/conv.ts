// Interface strings of the convolution and pooling widgets.
export const conv = {
	'conv.title': 'Convolution, step by step',
	'conv.input': 'Input',
	'conv.input.preset': 'Input',
	'conv.input.custom': 'Your matrix',
	'conv.input.worked-example': 'Course example (5×5, 0/1)',
	'conv.input.casting-pit': 'Casting surface with a pit (8×8)',
	'conv.input.vertical-edge': 'Vertical edge (6×6)',
	'conv.input.diagonal': 'Diagonal line (6×6)',
	'conv.input.bright-dot': 'One bright pixel (5×5)',
	'conv.input.edit': 'Type a matrix',
	'conv.input.edit.help': 'Rows split by ; and values by , — for example 1,0,1;0,1,0',
	'conv.input.apply': 'Use this matrix',
	'conv.input.upload': 'Upload an image',
	'conv.input.upload.help': 'Shrunk to at most {max}×{max} gray pixels (0 dark … 255 light).',
	'conv.input.grid': 'Input with padding; the kernel’s window is outlined',
	'conv.input.keys':
		'Input grid. Drag the kernel, or focus here and use the arrow keys to move it; Home goes to the first cell.',
	'conv.kernel': 'Kernel',
	'conv.kernel.preset': 'Preset',
	'conv.kernel.custom': 'Custom',
	'conv.kernel.rows': 'Rows',
	'conv.kernel.cols': 'Columns',
	'conv.kernel.cell': 'Kernel weight, row {row}, column {col}',
	'conv.kernel.divisor': 'This preset is whole weights ÷ {d}; the cells show the divided values.',
	'conv.stride': 'Stride',
	'conv.padding': 'Padding',
	'conv.padding.mode': 'Padding kind',
	'conv.padding.number': 'Cells of zeros',
	'conv.padding.valid': 'valid (no padding)',
	'conv.padding.same': 'same (output ⌈n / s⌉)',
	'conv.padding.applied': '“same” pads top {top}, bottom {bottom}, left {left}, right {right}.',
	'conv.formula': 'Output size',
	'conv.formula.both': 'height and width',
	'conv.axis.height': 'height',
	'conv.axis.width': 'width',
	'conv.missed.rows':
		'With stride {s}, the kernel never reaches {n} padded row(s) (hatched): they do not affect the output.',
	'conv.missed.cols':
		'With stride {s}, the kernel never reaches {n} padded column(s) (hatched): they do not affect the output.',
	'conv.output': 'Output (feature map)',
	'conv.output.help': 'Click a cell to move the kernel there. Red is positive, blue negative, white zero.',
	'conv.output-height': 'Output height',
	'conv.output-width': 'Output width',
	'conv.dot-product': 'Output at row {row}, column {col}',
	'conv.products': 'The products behind this cell',
	'conv.products.pad': 'faded terms come from zero padding',
	'conv.play': 'Play',
	'conv.pause': 'Pause',
	'conv.step': 'Step',
	'conv.speed': 'Speed (cells per second)',
	'conv.reduced-motion':
		'Your system asks for reduced motion: Play moves one cell at a time with no animation.',
	'conv.position': 'Kernel on output row {row}, column {col}: sum {sum}.',
	'conv.msg.nofit':
		'A {kh}×{kw} kernel does not fit this {ih}×{iw} input: the output {axis} would be ⌊({n} + {pad} − {k}) / {s}⌋ + 1 = {out}. Add padding or pick a smaller kernel. Keeping the last setting that fits.',
	'conv.msg.cell-value':
		'Kernel row {row}, column {col}: “{value}” is not a number between −{max} and {max}. The kernel keeps its last good value.',
	'conv.msg.magnitude': 'Values must lie between −{max} and {max}; showing the default instead.',
	'conv.msg.cell':
		'Parameters “row”/“col”: ({row}, {col}) is outside the output (rows 0…{h}, columns 0…{w}); using the nearest cell.',
	'conv.msg.matrix': 'That matrix was refused: {problem}',
	'conv.msg.upload.type': '“{name}” is not an image (PNG, JPEG, WebP, GIF or BMP). The input is unchanged.',
	'conv.msg.upload.size':
		'“{name}” is {mb} MB; the largest image accepted is {max} MB. The input is unchanged.',
	'conv.msg.upload.decode': '“{name}” could not be read as an image. The input is unchanged.',
	'conv.msg.upload.ok': '“{name}” ({w}×{h} pixels) shrunk to a {gw}×{gh} grid.',

	'pool.title': 'Pooling and flattening',
	'pool.input': 'Feature map (input)',
	'pool.input.edit': 'Type a feature map',
	'pool.mode': 'Pooling',
	'pool.mode.max': 'Max',
	'pool.mode.avg': 'Average',
	'pool.size': 'Window size',
	'pool.stride': 'Stride',
	'pool.output': 'Pooled map',
	'pool.output.help': 'Click or use the arrow keys to pick a pooled cell and see its window.',
	'pool.flattened': 'Flattened vector',
	'pool.flattened-length': 'Length of the flattened vector',
	'pool.formula': 'Pooled size',
	'pool.msg.nofit':
		'A {size}×{size} window does not fit a {h}×{w} map: ⌊({n} − {size}) / {s}⌋ + 1 = {out}. Keeping the last setting that fits.',
	'pool.missed': 'The window never reaches the last {r} row(s) and {c} column(s): pooling drops them.',
	'pool.window': 'Pooled cell row {row}, column {col}'
} as const;

/** Shared UI parts added with the convolution widgets. */
export const uiParts = {
	'ui.range.number': 'number',
	'ui.range.nan': '“{value}” is not a number; the setting is unchanged.',
	'ui.range.clamped': '{value} is outside {min}…{max}; using {used}.'
} as const;
