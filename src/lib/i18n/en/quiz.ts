export const quiz = {
	'quiz.title': 'Check your understanding',
	'quiz.check': 'Check answers',
	'quiz.another': 'Try another set',
	'quiz.score': 'You got {right} of {total} right.',
	'quiz.right': 'Right.',
	'quiz.wrong': 'Not quite.',
	'quiz.empty': 'You have not answered this one yet.',
	'quiz.unreadable': '“{text}” is not a number we can read. Try e.g. 0.75, 3/4 or 75%.',
	'quiz.answer-was': 'The answer: {answer}.',
	'quiz.read-more': 'Read the part of the lesson that explains it',
	'quiz.your-answer': 'Your answer',
	'quiz.pick-all': 'Pick all that apply.'
} as const;
