import type { Area } from '../index';
import { progress } from '../en/progress';

/** The `progress` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: progress };
export default strings;
