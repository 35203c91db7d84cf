import type { Area } from '../index';
import { environments } from '../en/environments';
import { environments as environmentsId } from '../id/environments';

/** The `environments` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: environments, id: environmentsId };
export default strings;
