import type { Area } from '../index';
import { backend } from '../en/backend';

/** The `backend` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: backend };
export default strings;
