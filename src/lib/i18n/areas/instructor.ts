import type { Area } from '../index';
import { instructor } from '../en/instructor';
import { instructor as instructorId } from '../id/instructor';

/** The `instructor` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: instructor, id: instructorId };
export default strings;
