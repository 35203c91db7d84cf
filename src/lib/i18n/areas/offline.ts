import type { Area } from '../index';
import { offline } from '../en/offline';
import { offline as offlineId } from '../id/offline';

/** The `offline` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: offline, id: offlineId };
export default strings;
