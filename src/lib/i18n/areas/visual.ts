import type { Area } from '../index';
import { visual } from '../en/visual';
import { visual as visualId } from '../id/visual';

/** The `visual` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: visual, id: visualId };
export default strings;
