/**
 * Where a sliding window sits, shared by convolution (im2col.ts) and pooling (pool-grad.ts): NHWC
 * input of batch × inH × inW, an fh × fw window moved by (sh, sw) from (−padTop, −padLeft),
 * giving outH × outW outputs per image.
 */
export interface WindowGeometry {
	batch: number;
	inH: number;
	inW: number;
	outH: number;
	outW: number;
	fh: number;
	fw: number;
	sh: number;
	sw: number;
	padTop: number;
	padLeft: number;
}
