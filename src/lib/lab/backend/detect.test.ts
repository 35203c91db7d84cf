import { describe, expect, it } from 'vitest';
import { hasHardwareGpu, isSoftwareRenderer } from './detect';

describe('software WebGL is not a GPU', () => {
	it.each([
		['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', true],
		['Google SwiftShader', true],
		['llvmpipe (LLVM 15.0.6, 256 bits)', true],
		['Mesa OffScreen', true],
		['Microsoft Basic Render Driver', true],
		['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', false],
		['ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)', false],
		['Apple M1', false],
		['Adreno (TM) 640', false]
	])('%s → software %s', (renderer, soft) => {
		expect(isSoftwareRenderer(renderer)).toBe(soft);
	});

	it('needs WebGL, no performance caveat and a hardware renderer', () => {
		const gpu = { available: true, renderer: 'Apple M1', caveat: false };
		expect(hasHardwareGpu(gpu)).toBe(true);
		expect(hasHardwareGpu({ ...gpu, caveat: true })).toBe(false);
		expect(hasHardwareGpu({ ...gpu, available: false })).toBe(false);
		expect(hasHardwareGpu({ ...gpu, renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)' })).toBe(false);
	});
});
