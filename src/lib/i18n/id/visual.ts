import type { visual as en } from '../en/visual';
import type { Translation } from '../translation';

export const visual: Translation<typeof en> = {
	'pix.original': 'Gambar aslinya ({w} × {h} piksel)',
	'hero.title': 'Geser kernel di atas coran',
	'hero.lead':
		'Kernel 3 × 3 mengalikan sembilan piksel di bawahnya dengan bobotnya lalu menjumlahkannya: satu angka pada feature map. Kernel tepi menyalakan bibir coran dan lubang-lubangnya.',
	'hero.picture':
		'Sebuah coran, 40 × 40 piksel abu-abu. Jendela kernel berpusat di baris {row}, kolom {col}: geser, atau pakai tombol panah.',
	'hero.casting': 'Coran dengan lubang-lubang kecil (buatan)',
	'hero.products': 'Sembilan piksel di bawah jendela, masing-masing dikali bobot kernelnya',
	'hero.map': 'Feature map: {kernel} (38 × 38; kecerahan menunjukkan besar angkanya)',
	'hero.play': 'Putar pemindaian',
	'hero.pause': 'Jeda pemindaian'
};
