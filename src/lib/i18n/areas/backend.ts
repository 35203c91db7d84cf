import type { Area } from '../index';
import { backend } from '../en/backend';
import { backend as backendId } from '../id/backend';

/** The `backend` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: backend, id: backendId };
export default strings;
