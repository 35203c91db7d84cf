/** Names and reasons for the compute backend the lab trains on (src/lib/lab/backend). */
export const backend = {
	'backend.webgl.label': 'GPU (WebGL): {renderer}',
	'backend.fast-cpu.label': 'Fast CPU (WebAssembly{simd} + custom training kernels)',
	'backend.fast-cpu.simd': ' SIMD',
	'backend.cpu.label': 'Plain CPU (stock TensorFlow.js, slow)',
	'backend.reason.gpu': 'A hardware GPU was found ({renderer}), so training runs on it.',
	'backend.reason.software-gl':
		'WebGL here is software rendering ({renderer}), not a GPU, so the fast CPU path is faster.',
	'backend.reason.no-gl': 'No usable WebGL was found, so training runs on the fast CPU path.',
	'backend.reason.chosen': 'Chosen by you.',
	'backend.reason.chosen-software-gl':
		'Chosen by you. Note: WebGL here is software rendering ({renderer}) and may be slow.',
	'backend.reason.lost': 'The GPU (WebGL) was lost, so the lab switched to the fast CPU path.',
	'backend.reason.fallback': 'The {wanted} backend could not start ({error}), so this one is used instead.',
	'backend.plain.webgl': 'GPU (WebGL)',
	'backend.plain.fast-cpu': 'Fast CPU',
	'backend.plain.fast-cpu.threads': 'Fast CPU, {n} threads',
	'backend.plain.fast-cpu.one': 'Fast CPU, one thread',
	'backend.plain.cpu': 'Basic CPU',
	'backend.plain.no-gpu': '{engine}: no GPU found',
	'backend.plain.software-gl': '{engine}: software only, slow',
	'backend.plain.lost': '{engine}: the GPU was lost',
	'backend.plain.fallback': '{engine}, instead of {wanted}',
	'backend.details': 'Details',
	'backend.details.tfjs': 'TensorFlow.js backend',
	'backend.details.engine': 'Engine',
	'backend.details.threads': 'Threads',
	'backend.details.simd': 'SIMD',
	'backend.details.why': 'Why',
	'backend.details.yes': 'yes',
	'backend.details.no': 'no'
} as const;
