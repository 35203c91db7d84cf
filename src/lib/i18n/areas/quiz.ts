import type { Area } from '../index';
import { quiz } from '../en/quiz';
import { quiz as quizId } from '../id/quiz';

/** The `quiz` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: quiz, id: quizId };
export default strings;
