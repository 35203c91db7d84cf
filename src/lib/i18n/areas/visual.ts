import type { Area } from '../index';
import { visual } from '../en/visual';

/** The `visual` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: visual };
export default strings;
