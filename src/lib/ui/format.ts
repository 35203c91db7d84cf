// Moved to $lib/format (formatDecimals). This alias stays only for widgets being changed on other
// branches right now (training-lab, prevalence, receptive-field); delete it once they import
// $lib/format.
export { formatDecimals as fmt, keepDistinct, FLOAT_NOISE } from '$lib/format';
