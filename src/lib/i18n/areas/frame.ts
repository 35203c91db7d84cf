import type { Area } from '../index';
import { frame } from '../en/frame';
import { frame as frameId } from '../id/frame';

/** The `frame` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: frame, id: frameId };
export default strings;
