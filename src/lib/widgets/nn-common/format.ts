// Moved to $lib/format. These aliases stay only for widgets being changed on other branches right
// now (optimizers); delete them once they import $lib/format.
import { asFactor, formatSignificant } from '$lib/format';

export { formatSignificant as fmt, dataValue as dv, formatSignedTerm as signed } from '$lib/format';
export const paren = (x: number, digits = 4): string => asFactor(formatSignificant(x, digits));
