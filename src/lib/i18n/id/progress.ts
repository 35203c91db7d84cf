import type { progress as en } from '../en/progress';
import type { Translation } from '../translation';

export const progress: Translation<typeof en> = {
	'progress.title': 'Kemajuan Anda',
	'progress.completed-count': '{n} dari {total} pelajaran selesai',
	'progress.best': 'Nilai kuis terbaik: {best} dari {total}',
	'progress.rule': 'Sebuah pelajaran dihitung selesai setelah Anda menjawab benar sedikitnya 80% kuisnya.',
	'progress.saved-here':
		'Kemajuan hanya disimpan di peramban ini. Ekspor untuk menyimpan salinannya atau memindahkannya ke perangkat lain.',
	'progress.unavailable':
		'Peramban ini tidak mengizinkan situs menyimpan apa pun (mode privat atau iframe yang diblokir), jadi kemajuan Anda hanya bertahan sampai Anda meninggalkan halaman ini. Semua fitur lain tetap berjalan.',
	'progress.save-failed':
		'Kemajuan Anda tidak bisa disimpan (peramban menolaknya). Kemajuan bertahan sampai Anda meninggalkan halaman ini.',
	'progress.reset':
		'Kemajuan yang tersimpan tidak bisa dibaca ({problem}), jadi diatur ulang. Salinan yang tidak terbaca tetap disimpan di penyimpanan peramban ini dengan nama “{key}”.',
	'progress.reset-no-copy':
		'Kemajuan yang tersimpan tidak bisa dibaca ({problem}). Data itu dibiarkan apa adanya, dan kemajuan baru tidak akan menimpanya.',
	'progress.migrated': 'Kemajuan Anda berasal dari versi situs yang lebih lama dan sudah diperbarui.',
	'progress.export': 'Ekspor kemajuan',
	'progress.import': 'Impor kemajuan (berkas .json)',
	'progress.imported': 'Kemajuan untuk {n} pelajaran diimpor dan digabungkan dengan yang sudah ada.',
	'progress.import-failed': 'Tidak bisa mengimpor “{file}”: {problem}',
	'progress.import-too-big': 'berkasnya lebih besar dari {max} kB, terlalu besar untuk berkas kemajuan.',
	'progress.import-unreadable': 'berkasnya tidak bisa dibaca.',
	'progress.problem.json': 'isinya bukan JSON yang valid',
	'progress.problem.not-object': 'isinya bukan objek kemajuan',
	'progress.problem.version': 'tidak ada nomor versi yang valid',
	'progress.problem.newer': 'berkas ini dibuat oleh versi situs yang lebih baru (versi {version})',
	'progress.problem.app': 'ini bukan berkas kemajuan CNN Inspection Lab',
	'progress.problem.field': 'kolom “{field}” tidak ada atau tipenya salah',
	'progress.problem.too-many': 'berisi lebih dari {max} pelajaran',
	'progress.problem.slug': '“{slug}” bukan nama pelajaran',
	'progress.problem.lesson': 'entri untuk “{slug}” rusak',
	'progress.problem.score': 'nilai kuis untuk “{slug}” bukan bilangan bulat antara 0 dan jumlah soal',
	'progress.more': 'Simpan atau pindahkan kemajuan Anda'
};
