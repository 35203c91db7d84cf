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
	'conv.missed.rows.input':
		'With stride {s}, the kernel never reaches {input, plural, one {# row of the input (hatched): its values do} other {# rows of the input (hatched): their values do}} not affect the output.',
	'conv.missed.rows.pad':
		'With stride {s}, the kernel never reaches {pad, plural, one {# row of padding (hatched): it does} other {# rows of padding (hatched): they do}} not affect the output.',
	'conv.missed.rows.both':
		'With stride {s}, the kernel never reaches {input, plural, one {# row} other {# rows}} of the input and {pad, plural, one {# row} other {# rows}} of padding (hatched): they do not affect the output.',
	'conv.missed.cols.input':
		'With stride {s}, the kernel never reaches {input, plural, one {# column of the input (hatched): its values do} other {# columns of the input (hatched): their values do}} not affect the output.',
	'conv.missed.cols.pad':
		'With stride {s}, the kernel never reaches {pad, plural, one {# column of padding (hatched): it does} other {# columns of padding (hatched): they do}} not affect the output.',
	'conv.missed.cols.both':
		'With stride {s}, the kernel never reaches {input, plural, one {# column} other {# columns}} of the input and {pad, plural, one {# column} other {# columns}} of padding (hatched): they do not affect the output.',
	'conv.output': 'Output (feature map)',
	'conv.output.help':
		'Click a cell to move the kernel there. Red is positive, blue negative, uncoloured zero.',
	'conv.map.image': 'As an image',
	'conv.map.black': 'black',
	'conv.map.white': 'white',
	'conv.map.flat': 'Every value is the same: the image is plain grey.',
	'conv.map.alt':
		'The feature map as a {h}×{w} grey image, one pixel per output cell: black is the lowest value, {lo}, white the highest, {hi}. The picked cell is outlined.',
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
	'conv.msg.magnitude': '“{name}”: values must lie between −{max} and {max}; showing the default instead.',
	'conv.msg.cell':
		'Parameters “row”/“col”: ({row}, {col}) is outside the output (rows 0…{h}, columns 0…{w}); using the nearest cell.',
	'conv.msg.matrix': 'That matrix was refused: {problem}',
	'conv.msg.upload.ok': '“{name}” ({w}×{h} pixels) shrunk to a {gw}×{gh} grid.',

	'conv.maps.map': 'feature map',
	'conv.maps.caption':
		'One input, {n} filters, {n} feature maps (no padding, so each map is 2 cells smaller than the input on each axis). Red is positive, blue negative, uncoloured zero.',

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
	'pool.missed.rows':
		'The window never reaches the last {r, plural, one {row} other {# rows}}: pooling drops {r, plural, one {it} other {them}}.',
	'pool.missed.cols':
		'The window never reaches the last {c, plural, one {column} other {# columns}}: pooling drops {c, plural, one {it} other {them}}.',
	'pool.missed.both':
		'The window never reaches the last {r, plural, one {row} other {# rows}} and the last {c, plural, one {column} other {# columns}}: pooling drops them.',
	'pool.skipped.rows':
		'With stride {s} larger than the window ({size}), the windows leave gaps: {r, plural, one {# row is} other {# rows are}} never pooled.',
	'pool.skipped.cols':
		'With stride {s} larger than the window ({size}), the windows leave gaps: {c, plural, one {# column is} other {# columns are}} never pooled.',
	'pool.skipped.both':
		'With stride {s} larger than the window ({size}), the windows leave gaps: {r, plural, one {# row} other {# rows}} and {c, plural, one {# column} other {# columns}} are never pooled.',
	'pool.window': 'Pooled cell row {row}, column {col}'
} as const;
