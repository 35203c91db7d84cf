import type { Area } from '../index';
import { linear } from '../en/linear';
import { linear as linearId } from '../id/linear';

/** The `linear` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: linear, id: linearId };
export default strings;
