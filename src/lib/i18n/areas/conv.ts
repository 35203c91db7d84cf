import type { Area } from '../index';
import { conv } from '../en/conv';
import { conv as convId } from '../id/conv';

/** The `conv` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: conv, id: convId };
export default strings;
