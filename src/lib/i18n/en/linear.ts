// Strings of the linear-model widget (lesson: the age of AI).
export const linear = {
	'linear.title': 'A linear model: ŷ = w·x + b',
	'linear.w': 'Weight w',
	'linear.b': 'Bias b',
	'linear.x': 'Input x',
	'linear.plot': 'The line ŷ = {w}·x + {b}, with the prediction at the chosen x marked.',
	'linear.note':
		'The weight sets how steep the line is, the bias moves it up or down. Training a model means finding the w and b that fit the data.'
} as const;
