import type { Area } from '../index';
import { deeper } from '../en/deeper';

/** The `deeper` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: deeper };
export default strings;
