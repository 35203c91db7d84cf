import type { Area } from '../index';
import { environments } from '../en/environments';

/** The `environments` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: environments };
export default strings;
