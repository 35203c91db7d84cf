import type { backend as en } from '../en/backend';
import type { Translation } from '../translation';

export const backend: Translation<typeof en> = {
	'backend.webgl.label': 'GPU (WebGL): {renderer}',
	'backend.fast-cpu.label': 'CPU cepat (WebAssembly{simd} + kernel pelatihan khusus)',
	'backend.fast-cpu.simd': ' SIMD',
	'backend.cpu.label': 'CPU biasa (TensorFlow.js standar, lambat)',
	'backend.reason.gpu': 'Ditemukan GPU perangkat keras ({renderer}), jadi pelatihan berjalan di sana.',
	'backend.reason.software-gl':
		'WebGL di sini dirender oleh perangkat lunak ({renderer}), bukan GPU, jadi jalur CPU cepat lebih cepat.',
	'backend.reason.no-gl':
		'Tidak ditemukan WebGL yang bisa dipakai, jadi pelatihan berjalan di jalur CPU cepat.',
	'backend.reason.chosen': 'Pilihan Anda.',
	'backend.reason.chosen-software-gl':
		'Pilihan Anda. Catatan: WebGL di sini dirender oleh perangkat lunak ({renderer}) dan bisa lambat.',
	'backend.reason.lost': 'GPU (WebGL) terputus, jadi lab beralih ke jalur CPU cepat.',
	'backend.reason.fallback':
		'Backend {wanted} tidak bisa dijalankan ({error}), jadi yang ini dipakai sebagai gantinya.',
	'backend.plain.webgl': 'GPU (WebGL)',
	'backend.plain.fast-cpu': 'CPU cepat',
	'backend.plain.fast-cpu.threads': 'CPU cepat, {n} thread',
	'backend.plain.fast-cpu.one': 'CPU cepat, satu thread',
	'backend.plain.cpu': 'CPU dasar',
	'backend.plain.no-gpu': '{engine}: GPU tidak ditemukan',
	'backend.plain.software-gl': '{engine}: hanya perangkat lunak, lambat',
	'backend.plain.lost': '{engine}: GPU terputus',
	'backend.plain.fallback': '{engine}, pengganti {wanted}',
	'backend.details': 'Rincian',
	'backend.details.tfjs': 'Backend TensorFlow.js',
	'backend.details.engine': 'Mesin',
	'backend.details.threads': 'Thread',
	'backend.details.simd': 'SIMD',
	'backend.details.why': 'Alasan',
	'backend.details.yes': 'ya',
	'backend.details.no': 'tidak'
};
