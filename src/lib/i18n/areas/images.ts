import type { Area } from '../index';
import { images } from '../en/images';
import { images as imagesId } from '../id/images';

/** The `images` area's strings, per language (a page that shows them registers them: useStrings). */
const strings: Area = { en: images, id: imagesId };
export default strings;
