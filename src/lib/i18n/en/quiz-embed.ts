// Interface strings of the quiz embed (/embed/quiz/<slug>/), its SCORM package and the
// instructors page's quiz section.
export const quizEmbed = {
	'quiz-embed.title': 'Quiz: {title}',
	'quiz-embed.one-question': 'One question from the quiz of “{title}”',
	'quiz-embed.unknown': 'There is no lesson called “{slug}”, so there is no quiz to show.',
	'quiz-embed.failed': 'The quiz could not be loaded. Reload the page to try again.',
	'quiz-embed.open-lesson': 'Open the lesson this quiz belongs to',
	'quiz-embed.scorm.connected':
		'Connected to your learning platform: each time you check, your score is sent to it.',
	'quiz-embed.scorm.absent':
		'No learning platform found: this is a practice quiz, and your score is not sent anywhere.',
	'quiz-embed.scorm.resumed': 'Your answers from last time are back. Check them again to send a score.',
	'quiz-embed.scorm.failed': 'Your learning platform did not accept the score: {problem}',
	'instructor.quizzes.title': 'Quizzes for a learning platform',
	'instructor.quizzes.intro':
		'Each lesson’s quiz works alone, without the site around it. Put it in any page with the iframe snippet: it tells the page its height and sends an xAPI-shaped statement on each check (see the README). For Moodle or another SCORM 1.2 platform, download the lesson’s SCORM package and upload it as an activity: it reports passed or failed at 80%, and the score.',
	'instructor.quizzes.forgeable':
		'Scores reported from a browser can be forged by a learner who knows how: use them for practice, not for exams.',
	'instructor.quizzes.questions': '{n} questions',
	'instructor.quizzes.open': 'Open the quiz alone',
	'instructor.quizzes.scorm': 'SCORM 1.2 package (.zip)',
	'instructor.quizzes.scorm.label': 'Download the SCORM 1.2 package of the {lesson} quiz',
	'instructor.quizzes.snippet': 'iframe snippet for the {lesson} quiz',
	'instructor.quizzes.copy': 'Copy',
	'instructor.quizzes.copy.label': 'Copy the iframe snippet for {what}',
	'instructor.quizzes.copied': 'Copied.',
	'instructor.quizzes.copy-failed': 'Select the snippet and copy it by hand.',
	'instructor.quizzes.tasks': 'Widget tasks alone',
	'instructor.quizzes.tasks.intro':
		'A task done in a widget can be embedded on its own: the same quiz embed with question=<id>.',
	'instructor.quizzes.task': '{lesson}: the task “{id}” in the {widget} widget'
} as const;
