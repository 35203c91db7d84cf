import type { site as en } from '../en/site';
import type { Translation } from '../translation';

export const site: Translation<typeof en> = {
	'site.name': 'CNN Inspection Lab',
	'site.tagline':
		'Belajar convolutional neural network dengan mengajari komputer mengenali coran yang cacat.',
	'site.skip': 'Langsung ke isi',
	'site.language': 'Bahasa',
	'site.nav': 'Navigasi situs',
	'site.course': 'Kursus',
	'site.instructors': 'Pengajar',
	'site.theme': 'Tema',
	'site.theme.light': 'Terang',
	'site.theme.dark': 'Gelap',
	'site.theme.system': 'Ikuti sistem',
	'site.footer':
		'Kursus terbuka. Semua yang ada di situs ini berjalan di peramban Anda dan tetap bisa dipakai tanpa internet setelah dimuat.',
	'course.title': 'Materi kursus',
	'course.intro':
		'Sepuluh pelajaran, mulai dari menyiapkan Python sampai melatih pengklasifikasi cacat coran langsung di peramban. Setiap pelajaran punya widget interaktif dan ditutup dengan kuis singkat.',
	'course.lesson': 'Pelajaran {n}',
	'course.progress.none': 'Belum dimulai',
	'course.progress.visited': 'Sudah dibuka',
	'course.progress.completed': 'Selesai',
	'course.soon': 'Sedang disiapkan',
	'lesson.objectives': 'Dalam pelajaran ini Anda akan',
	'lesson.toc': 'Di halaman ini',
	'lesson.pager': 'Pelajaran',
	'lesson.prev': 'Pelajaran sebelumnya',
	'lesson.next': 'Pelajaran berikutnya',
	'lesson.of': 'Pelajaran {n} dari {total}',
	'lesson.untranslated':
		'Pelajaran ini belum diterjemahkan ke dalam Bahasa Indonesia. Teks di bawah ini masih dalam bahasa Inggris, sesuai aslinya.',
	'lesson.untranslated.link': 'Baca pelajaran ini dalam bahasa Inggris',
	'embed.share': 'Bagikan',
	'embed.share.copied': 'Tautan disalin',
	'embed.share.label': 'Tautan ke widget ini dalam keadaannya sekarang',
	'embed.share.failed': 'Salin tautan di bawah ini secara manual:',
	'embed.unknown': 'Tidak ada widget bernama “{name}”.',
	'embed.loading': 'Memuat…',
	'embed.open-lesson': 'Buka pelajaran tempat widget ini berada',
	'param.invalid': 'Parameter “{name}”: {problem} Yang ditampilkan nilai bawaannya.',
	'param.clamped': 'Parameter “{name}”: {value} di luar rentang {min}…{max}; dipakai {used}.',
	'param.cut': 'Parameter “{name}”: {n} karakter melebihi batas {max}; dipakai “{used}”.',
	'param.problem.number': '“{value}” bukan angka.',
	'param.problem.integer': '“{value}” bukan bilangan bulat.',
	'param.problem.choice': '“{value}” bukan salah satu dari {choices}.',
	'param.problem.bool': '“{value}” bukan true atau false.',
	'param.problem.empty': 'nilainya kosong.',
	'param.problem.matrix.ragged':
		'panjang barisnya tidak sama (baris {row} berisi {got} nilai, baris 1 berisi {want}).',
	'param.problem.matrix.nan': '“{value}” di baris {row} bukan angka.',
	'param.problem.matrix.size': 'matriksnya {rows}×{cols}; paling besar yang diizinkan {max}×{max}.',
	'param.problem.list.size': 'daftarnya berisi {n} nilai; paling banyak {max}.',
	'course.start': 'Mulai dari pelajaran 1'
};
