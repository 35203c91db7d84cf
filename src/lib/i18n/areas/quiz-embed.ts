import type { Area } from '../index';
import { quizEmbed } from '../en/quiz-embed';
import { quizEmbed as quizEmbedId } from '../id/quiz-embed';

/** The `quiz-embed` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: quizEmbed, id: quizEmbedId };
export default strings;
