import type { Area } from '../index';
import { quizEmbed } from '../en/quiz-embed';

/** The `quiz-embed` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: quizEmbed };
export default strings;
