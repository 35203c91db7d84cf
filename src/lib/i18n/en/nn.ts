// Interface strings of the neural-network and backpropagation widgets (issue 4).
const gd = {
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
	'gd.follow': 'Follow the ball',
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
	'gd.hint.converged':
		'Converged after {n} updates: the next step (momentum included) would move x by less than 0.000001.',
	'gd.hint.growing':
		'Diverging: the loss has grown at each of the last {k} steps, to its highest yet, so every step overshoots the minimum by more than the last. The learning rate is too large for this curve; the run stops once |x| passes 1,000,000.',
	'gd.hint.oscillating.stuck':
		'The ball swings across the bottom at the same height: each step overshoots by exactly as much as the last, so it will neither settle nor diverge at this learning rate.',
	'gd.hint.local':
		'Converged, but into the local minimum near x ≈ {local}. The global minimum is near x ≈ {global}, over the hill at x ≈ {hill}. The basin you start in decides where descent ends: start left of the hill. A larger learning rate escapes only by luck, when a step happens to overshoot the hill.',
	'gd.hint.oscillating':
		'The ball jumps back and forth across the bottom: each step overshoots, but by less than the last, so it is settling. A smaller learning rate would settle without the jumps.',
	'gd.hint.swinging':
		'Swinging: the ball has passed the minimum and turned back. Momentum carries it through the bottom, so it has not settled: its last step moved x by {d}.',
	'gd.hint.slow':
		'Crawling: the last 20 steps together moved x very little. The slope is small here or the rate is tiny.',
	'gd.chart.label': 'Loss after each step',
	'gd.ball.offscreen': 'ball off the chart at x = {x}',
	'gd.chart.x': 'step',
	'gd.chart.y': 'loss (symmetric log scale)'
} as const;
const net = {
	'net.title': 'Inside a small neural network',
	'net.diagram': 'Network diagram: inputs on the left, the hidden layer, the output on the right',
	'net.neuron.hidden': 'Hidden neuron {n}: weighted sum z = {z}, activation a = {a}',
	'net.neuron.output': 'Output neuron: weighted sum z = {z}, prediction ŷ = {a}',
	'net.activation': 'Hidden activation',
	'net.act.sigmoid': 'sigmoid σ',
	'net.act.tanh': 'tanh',
	'net.act.relu': 'ReLU',
	'net.act.linear': 'linear (none)',
	'net.output': 'Output',
	'net.output.regression': 'regression (linear output, SSE)',
	'net.output.classification': 'classification (sigmoid output, BCE)',
	'net.target.reg': 'Target y',
	'net.target.cls': 'Label y (0 or 1)',
	'net.explain.hint': 'Hover over, focus (Tab) or tap a neuron to see its computation with the numbers.',
	'net.values': 'Every neuron’s weighted sum z and activation a',
	'net.neuron': 'Neuron',
	'net.hidden.n': 'Hidden {n}',
	'net.out.n': 'Output',
	'net.loss.sse': 'Loss SSE = ½(y − ŷ)²',
	'net.loss.bce': 'Loss BCE = −[y·log q + (1 − y)·log(1 − q)]',
	'net.edit': 'Edit inputs, weights and biases',
	'net.inputs': 'Inputs',
	'net.size.inputs': '{n} inputs',
	'net.size.hidden': '{n} hidden neurons',
	'net.size.add-input': 'Add input',
	'net.size.remove-input': 'Remove input',
	'net.size.add-hidden': 'Add hidden neuron',
	'net.size.remove-hidden': 'Remove hidden neuron',
	'net.shape.w1': 'w1 is {h}×{n}, but the network needs 2–4 hidden neurons (rows) and 2–3 inputs (columns).',
	'net.shape.x': 'x has {got} values but w1 has {n} columns.',
	'net.shape.b1': 'b1 has {got} values but there are {h} hidden neurons.',
	'net.shape.w2': 'w2 has {got} values but there are {h} hidden neurons.',
	'net.shape.fallback':
		'The network’s shapes do not agree: {problem} Showing the default network (w1, x, b1 and w2) instead.',
	'net.y.label':
		'y = {value} is not a label: in classification the true class is 0 (OK) or 1 (defective), so y = {used} is used.',
	'net.shape.clamped': 'Some weights in w1 were outside {min}…{max} and were clamped.'
} as const;
const bp = {
	'bp.title': 'Backpropagation, one step at a time',
	'bp.stages': 'Stages of one training step',
	'bp.stage.0': '1. Forward: hidden layer',
	'bp.stage.1': '2. Forward: output',
	'bp.stage.2': '3. Loss',
	'bp.stage.3': '4. Output error δ',
	'bp.stage.4': '5. Output-layer gradients',
	'bp.stage.5': '6. Hidden errors (chain rule)',
	'bp.stage.6': '7. Hidden-layer gradients',
	'bp.stage.7': '8. Update',
	'bp.stage.of': 'Stage {n} of {total}',
	'bp.round': 'training steps applied: {n}',
	'bp.back': 'Back',
	'bp.next': 'Next',
	'bp.apply': 'Keep the new weights and go again',
	'bp.delta.sse': 'For SSE with a linear output, δ = ∂L/∂z = ŷ − y:',
	'bp.delta.bce': 'For BCE with a sigmoid output, the q(1 − q) terms cancel: δ = ∂L/∂z = q − y:',
	'bp.hidden.rule':
		'Each hidden weight’s gradient is its neuron’s error times the input it multiplies: ∂L/∂wⱼᵢ = δⱼ·xᵢ, and ∂L/∂bⱼ = δⱼ.',
	'bp.grad.w1': 'Gradients ∂L/∂w (row = hidden neuron, column = input)',
	'bp.new.w1': 'Updated hidden weights w (row = hidden neuron, column = input)',
	'bp.update.rule': 'Every weight and bias moves against its gradient: p ← p − {lr}·∂L/∂p.',
	'bp.new.loss': 'Loss on the same example with the updated weights:',
	'bp.lower': 'lower than before',
	'bp.higher': 'not lower: the learning rate overshot'
} as const;
const act = {
	'act.title': 'Activation functions and their slopes',
	'act.pick': 'Activation g',
	'act.z': 'Input z',
	'act.plot': 'Plot of {fn} (solid) and its derivative (dashed); the marker is at the chosen z',
	'act.handle': 'Input z (arrow keys move it)',
	'act.legend.g': 'g(z)',
	'act.legend.d': 'slope g′(z)',
	'act.table': 'All four at z = {z}',
	'act.note.sigmoid':
		'Sigmoid squashes any z into (0, 1), so it reads as a probability. Its slope is at most 0.25 (at z = 0) and nearly 0 for large |z|: gradients fade.',
	'act.note.tanh':
		'tanh squashes into (−1, 1) and is centred on 0; its slope is 1 at z = 0 and fades for large |z|.',
	'act.note.relu':
		'ReLU passes positive z unchanged and zeroes negative z. Its slope is 1 or 0 (taken as 0 at z = 0): cheap, and it does not fade for large positive z.',
	'act.note.linear':
		'Linear does nothing: g(z) = z, slope 1. A network with only linear activations collapses into one weighted sum, however many layers it has.'
} as const;
const fit = {
	'fit.title': 'Underfitting and overfitting',
	'fit.degree': 'Polynomial degree',
	'fit.n': 'Training points',
	'fit.noise': 'Noise',
	'fit.truth': 'Show the true curve',
	'fit.new': 'New random points',
	'fit.capped': 'Degree {degree} needs at least {degree} + 1 points; with {n} points the highest is {used}.',
	'fit.plot':
		'Training points (filled), validation points (hollow) and the fitted polynomial of degree {degree}',
	'fit.legend.train': 'training points (the fit sees these)',
	'fit.legend.val': 'validation points (held out)',
	'fit.train.error': 'Training error (MSE)',
	'fit.val.error': 'Validation error (MSE)',
	'fit.verdict.underfitting': 'Underfitting:',
	'fit.verdict.overfitting': 'Overfitting:',
	'fit.verdict.good': 'A good fit:',
	'fit.verdict.none': 'No verdict: these points allow no fit to compare.',
	'fit.verdict.why.underfitting':
		'degree {best} has a clearly lower validation error ({bestError}, against {error} here, above the good-fit limit {limit}): this curve is too simple to follow the pattern.',
	'fit.verdict.why.overfitting':
		'degree {best} has a clearly lower validation error ({bestError}, against {error} here, above the good-fit limit {limit}): this curve bends to follow the training points’ noise.',
	'fit.verdict.why.good':
		'its validation error ({error}) is within the good-fit limit {limit}: the lowest over every degree (degree {best}, {bestError}), plus 10%, plus 0.001.',
	'fit.data': 'Show the data points',
	'fit.errors.table': 'Show the errors for every degree',
	'fit.errors.plot': 'Training and validation error for every degree',
	'fit.errors.y': 'error (log scale)',
	'fit.legend.trainerr': 'training error',
	'fit.legend.valerr': 'validation error'
} as const;
const gd2 = {
	'gd2.title': 'Gradient descent in two dimensions',
	'gd2.fn.bowl': 'Round bowl: f = x² + y²',
	'gd2.fn.valley': 'Narrow valley: f = x²/10 + 2y²',
	'gd2.plot': 'Contour lines of {fn} seen from above, the start point and the path of steps',
	'gd2.handle': 'Start point (arrow keys move it)',
	'gd2.note.bowl': 'In a round bowl the downhill direction points straight at the minimum.',
	'gd2.note.valley':
		'The valley is 20 times steeper across (y) than along (x). A learning rate large enough to move along the valley overshoots across it: the path zig-zags. Momentum smooths the zig-zag.',
	'gd2.diverged':
		'Diverged: the steps across the valley grew until the point left the map. Lower the learning rate.',
	'gd2.help':
		'Click or drag on the map (or focus the ring and use the arrow keys) to choose the start. At most {max} steps.'
} as const;

/** Every string of the issue-4 widgets. */
export const nn = { ...gd, ...net, ...bp, ...act, ...fit, ...gd2 } as const;
