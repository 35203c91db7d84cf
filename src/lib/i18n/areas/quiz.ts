import type { Area } from '../index';
import { quiz } from '../en/quiz';

/** The `quiz` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: quiz };
export default strings;
