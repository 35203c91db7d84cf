import type { Area } from '../index';
import { site } from '../en/site';
import { site as siteId } from '../id/site';

/** The `site` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: site, id: siteId };
export default strings;
