import type { instructor as en } from '../en/instructor';
import type { Translation } from '../translation';

export const instructor: Translation<typeof en> = {
	'instructor.title': 'Untuk pengajar',
	'instructor.intro':
		'Setiap widget di kursus ini punya tautan sendiri yang menampilkannya sendirian dalam keadaan tertentu: tayangkan di kelas, taruh di slide, atau kirimkan ke peserta. Setiap widget punya tombol Presentasi (atau tekan P saat widget sedang fokus) untuk layar penuh dengan huruf besar dan kontras tinggi; Esc untuk keluar. Tambahkan present=1 pada tautan agar langsung terbuka seperti itu. Tombol Bagikan di bawah setiap widget menyalin tautan ke keadaannya sekarang dan menyediakan potongan kode iframe.',
	'instructor.print':
		'Pelajaran bisa dicetak sebagai handout: fitur Cetak di peramban menghilangkan tombol dan navigasi situs, tetapi gambar tetap ada.',
	'instructor.widget': 'Widget',
	'instructor.lesson': 'Pelajaran',
	'instructor.links': 'Tautan',
	'instructor.default': 'Keadaan bawaan',
	'instructor.present-link': 'presentasi',
	'instructor.present-link.label': '{preset}, dibuka dalam mode presentasi',
	'instructor.no-lesson': '{slug} (sedang disiapkan)',
	'instructor.preset.environments.venv-1': 'venv_1: conda create tanpa paket (tanpa pip, tanpa kernel)',
	'instructor.preset.environments.venv-2':
		'venv_2: dengan python, jadi ada pip tetapi tidak ada kernel Jupyter',
	'instructor.preset.environments.venv-3': 'venv_3: dengan python dan ipykernel (lengkap)',
	'instructor.preset.linear-model.worked': 'Contoh yang dibahas: ŷ = 0,9 × 25 + 2 = 24,5 °C',
	'instructor.preset.linear-model.poor':
		'Garis yang buruk (w = 0,2, b = 0): tekan Cari garis terbaik dan lihat error-nya turun',
	'instructor.preset.linear-model.classify': 'Klasifikasi: panas atau dingin dengan batas 25 °C',
	'instructor.preset.convolution.worked': 'Contoh 5×5 yang dibahas, dengan kernel berbentuk X',
	'instructor.preset.convolution.worked-cell': 'Contoh yang dibahas, kernel di sel output (1, 1)',
	'instructor.preset.convolution.stride': 'Stride 2 dengan padding “same”',
	'instructor.preset.convolution.sobel': 'Sobel-x: tepi vertikal',
	'instructor.preset.filter-gallery.sobel': 'Filter tepi Sobel-x',
	'instructor.preset.filter-gallery.blur': 'Gaussian blur 5×5, dinormalisasi',
	'instructor.preset.filter-gallery.sharpen': 'Penajaman (sharpen)',
	'instructor.preset.pooling.max': 'Max pooling 2×2, stride 2',
	'instructor.preset.pooling.avg': 'Average pooling 2×2, stride 2',
	'instructor.preset.pooling.overlap': 'Max pooling 3×3 yang saling tumpang tindih, stride 1',
	'instructor.preset.gradient-descent.converge': 'Kuadratik, learning rate 0,1: konvergen',
	'instructor.preset.gradient-descent.diverge': 'Kuadratik, learning rate 1,1: divergen',
	'instructor.preset.gradient-descent.local': 'Sumur ganda dari x = 2: terjebak di minimum lokal',
	'instructor.preset.activation.sigmoid': 'Sigmoid di z = 4: jenuh, kemiringannya hampir nol',
	'instructor.preset.activation.relu': 'ReLU di z = −2: output dan kemiringannya sama-sama nol',
	'instructor.preset.activation.tanh': 'tanh di z = 0,5',
	'instructor.preset.gradient-descent-2d.valley': 'Lembah sempit: gradient descent biasa bergerak zig-zag',
	'instructor.preset.gradient-descent-2d.momentum': 'Lembah yang sama dengan momentum 0,9',
	'instructor.preset.gradient-descent-2d.bowl': 'Mangkuk bundar: langsung menuju minimum',
	'instructor.preset.fitting.under': 'Garis lurus pada data yang melengkung: underfitting',
	'instructor.preset.fitting.good': 'Derajat 3: kecocokan yang baik',
	'instructor.preset.fitting.over':
		'Derajat 9 pada 10 titik: overfitting, dengan kurva sebenarnya ditampilkan',
	'instructor.preset.confusion-matrix.covid': 'Tes covid: 1 TP, 2 FP, 1 FN, 96 TN (akurasi 97%)',
	'instructor.preset.confusion-matrix.balanced': '100 data seimbang: 40 TP, 10 FP, 10 FN, 40 TN',
	'instructor.preset.confusion-matrix.undefined':
		'Model yang tidak pernah menjawab positif: precision tidak terdefinisi',
	'instructor.preset.threshold.low': 'Threshold rendah 0,2: recall tinggi, precision rendah',
	'instructor.preset.threshold.mid': 'Threshold 0,5',
	'instructor.preset.threshold.high': 'Threshold tinggi 0,9: precision tinggi, recall rendah',
	'instructor.preset.augmentation.flip': 'Pencerminan horizontal',
	'instructor.preset.augmentation.mix': 'Rotasi 15°, pencerminan dan pergeseran',
	'instructor.preset.training-lab.quick': 'Percobaan singkat: 5 epoch, seed 1',
	'instructor.preset.training-lab.longer': '20 epoch, seed 7'
};
