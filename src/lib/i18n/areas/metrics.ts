import type { Area } from '../index';
import { metrics } from '../en/metrics';
import { metrics as metricsId } from '../id/metrics';

/** The `metrics` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: metrics, id: metricsId };
export default strings;
