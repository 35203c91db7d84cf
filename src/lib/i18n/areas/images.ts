import type { Area } from '../index';
import { images } from '../en/images';

/** The `images` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: images };
export default strings;
