import type { Area } from '../index';
import { nn } from '../en/nn';

/** The `nn` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: nn };
export default strings;
