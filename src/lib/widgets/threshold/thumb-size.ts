/** A part's thumbnail in the threshold widget's lists: this many CSS pixels a side. */
export const THUMB_CSS_PX = 48;
