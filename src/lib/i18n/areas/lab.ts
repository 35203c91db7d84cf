import type { Area } from '../index';
import { lab } from '../en/lab';
import { lab as labId } from '../id/lab';

/** The `lab` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: lab, id: labId };
export default strings;
