import type { Area } from '../index';
import { progress } from '../en/progress';
import { progress as progressId } from '../id/progress';

/** The `progress` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: progress, id: progressId };
export default strings;
