// Moved to $lib/format. These aliases stay only for widgets being changed on other branches right
// now (conv-channels); delete them once they import $lib/format.
import { asFactor, formatCell } from '$lib/format';

export { formatCell as fmtNum, formatInputValue as fmtInput } from '$lib/format';
export const fmtFactor = (x: number): string => asFactor(formatCell(x));
