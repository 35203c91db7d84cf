/**
 * Is there a real GPU behind WebGL? Software rasterisers (SwiftShader, llvmpipe, …) run WebGL on
 * the CPU and train slower than the fast CPU path, so they do not count.
 */

const SOFTWARE_RENDERERS =
	/swiftshader|llvmpipe|softpipe|lavapipe|software|microsoft basic render|basic render driver|mesa offscreen|apple software renderer/i;

/** True when a WebGL renderer string names a software rasteriser. */
export function isSoftwareRenderer(renderer: string): boolean {
	return SOFTWARE_RENDERERS.test(renderer);
}

export interface GlProbe {
	/** WebGL could be created at all. */
	available: boolean;
	/** Renderer string ('' when unknown). */
	renderer: string;
	/** The browser reported a major performance caveat (it knows the context is software). */
	caveat: boolean;
}

type AnyGl = WebGLRenderingContext | WebGL2RenderingContext;

function makeCanvas(): OffscreenCanvas | HTMLCanvasElement | null {
	if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(1, 1);
	if (typeof document !== 'undefined') return document.createElement('canvas');
	return null;
}

function context(canvas: OffscreenCanvas | HTMLCanvasElement, caveat: boolean): AnyGl | null {
	const opts = { failIfMajorPerformanceCaveat: caveat };
	for (const kind of ['webgl2', 'webgl'] as const) {
		try {
			const gl = (canvas as HTMLCanvasElement).getContext(kind, opts) as AnyGl | null;
			if (gl) return gl;
		} catch {
			/* try the next kind */
		}
	}
	return null;
}

function rendererOf(gl: AnyGl): string {
	const ext = gl.getExtension('WEBGL_debug_renderer_info');
	const value = ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
	return typeof value === 'string' ? value : '';
}

function release(gl: AnyGl | null): void {
	gl?.getExtension('WEBGL_lose_context')?.loseContext();
}

/** Probe WebGL once; works in a window and in a Web Worker (OffscreenCanvas). */
export function probeWebGl(): GlProbe {
	let gl: AnyGl | null = null;
	try {
		const canvas = makeCanvas();
		if (!canvas) return { available: false, renderer: '', caveat: false };
		gl = context(canvas, false);
		if (!gl) return { available: false, renderer: '', caveat: false };
		const renderer = rendererOf(gl);
		release(gl);
		gl = null;
		const strict = context(makeCanvas() ?? canvas, true);
		const caveat = strict === null;
		release(strict);
		return { available: true, renderer, caveat };
	} catch {
		release(gl);
		return { available: false, renderer: '', caveat: false };
	}
}

/** A real GPU: WebGL works, the browser reports no caveat, and the renderer is not software. */
export function hasHardwareGpu(probe: GlProbe): boolean {
	return probe.available && !probe.caveat && !isSoftwareRenderer(probe.renderer);
}
