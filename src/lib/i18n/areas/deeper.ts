import type { Area } from '../index';
import { deeper } from '../en/deeper';
import { deeper as deeperId } from '../id/deeper';

/** The `deeper` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: deeper, id: deeperId };
export default strings;
