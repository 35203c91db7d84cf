import type { Area } from '../index';
import { site } from '../en/site';

/** The `site` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: site };
export default strings;
