import type { Area } from '../index';
import { nn } from '../en/nn';
import { nn as nnId } from '../id/nn';

/** The `nn` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: nn, id: nnId };
export default strings;
