// Interface strings of the neural-network and backpropagation widgets (issue 4).
export const nn = {
	'nn.field.refused': '{problem} Keeping {value}.',
	'gd.title': 'Gradient descent: the learning-rate playground',
	'gd.fn': 'Loss curve',
	'gd.fn.quadratic': 'Bowl: f(x) = x²',
	'gd.fn.double-well': 'Two valleys: f(x) = x⁴ − 3x² + x',
	'gd.fn.plateau': 'Plateau: f(x) = x² / (1 + x²)',
	'gd.lr.slider': 'Learning rate (log scale)',
	'gd.lr': 'Learning rate lr',
	'gd.x0': 'Start x₀',
	'gd.steps': 'Steps',
	'gd.momentum': 'Momentum β',
	'gd.back': 'Back',
	'gd.step': 'Step',
	'gd.step10': '10 steps',
	'gd.play': 'Play',
	'gd.pause': 'Pause',
	'gd.reset': 'Reset',
	'gd.start.handle': 'Start point x₀ (arrow keys move it)',
	'gd.curve.label': 'The loss curve {fn}, the start point, and the steps taken so far',
	'gd.drag.help':
		'Click or drag on the curve (or focus the triangle and use the arrow keys) to move the start point.',
	'gd.out.x': 'x',
	'gd.out.loss': 'loss f(x)',
	'gd.out.status': 'status',
	'gd.out.updates': 'updates made',
	'gd.status.converged': 'converged',
	'gd.status.diverged': 'diverged',
	'gd.status.running': 'running',
	'gd.hint.diverged':
		'Diverged after {n} updates: |x| passed 1,000,000, so stepping stopped. Each step overshot the minimum by more than the last: the learning rate is too large for this curve.',
	'gd.hint.converged': 'Converged after {n} updates: the next step would move x by less than 0.000001.',
	'gd.hint.local':
		'Converged, but into the local minimum near x ≈ 1.13. The global minimum is near x ≈ −1.30, over the hill: start left of the hill, or try a larger learning rate.',
	'gd.hint.oscillating':
		'The ball jumps back and forth across the bottom: each step overshoots. A smaller learning rate would settle.',
	'gd.hint.slow':
		'Crawling: the last 20 steps moved x very little. The slope is small here or the rate is tiny.',
	'gd.chart.label': 'Loss after each step',
	'gd.chart.x': 'step',
	'gd.chart.y': 'loss (symmetric log scale)'
} as const;
