import type { Area } from '../index';
import { instructor } from '../en/instructor';

/** The `instructor` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: instructor };
export default strings;
