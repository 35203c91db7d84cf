import type { quizEmbed as en } from '../en/quiz-embed';
import type { Translation } from '../translation';

export const quizEmbed: Translation<typeof en> = {
	'quiz-embed.title': 'Kuis: {title}',
	'quiz-embed.one-question': 'Satu soal dari kuis “{title}”',
	'quiz-embed.unknown': 'Tidak ada pelajaran bernama “{slug}”, jadi tidak ada kuis yang bisa ditampilkan.',
	'quiz-embed.failed': 'Kuis tidak bisa dimuat. Muat ulang halaman untuk mencoba lagi.',
	'quiz-embed.open-lesson': 'Buka pelajaran tempat kuis ini berada',
	'quiz-embed.scorm.connected':
		'Terhubung ke platform pembelajaran Anda: setiap kali Anda memeriksa jawaban, nilai Anda dikirim ke sana.',
	'quiz-embed.scorm.absent':
		'Platform pembelajaran tidak ditemukan: ini kuis latihan, dan nilai Anda tidak dikirim ke mana pun.',
	'quiz-embed.scorm.resumed':
		'Jawaban Anda dari sesi sebelumnya sudah dikembalikan. Periksa lagi untuk mengirim nilai.',
	'quiz-embed.scorm.failed': 'Platform pembelajaran Anda tidak menerima nilainya: {problem}',
	'instructor.quizzes.title': 'Kuis untuk platform pembelajaran',
	'instructor.quizzes.intro':
		'Kuis setiap pelajaran bisa berdiri sendiri, tanpa situs di sekelilingnya. Pasang di halaman mana pun dengan potongan kode iframe: kuis memberi tahu halaman tingginya dan mengirim pernyataan berbentuk xAPI setiap kali diperiksa (lihat README). Untuk Moodle atau platform SCORM 1.2 lain, unduh paket SCORM pelajarannya dan unggah sebagai aktivitas: paket itu melaporkan lulus atau tidak lulus pada batas 80%, beserta nilainya.',
	'instructor.quizzes.forgeable':
		'Nilai yang dilaporkan dari peramban bisa dipalsukan oleh peserta yang tahu caranya: pakai untuk latihan, bukan untuk ujian.',
	'instructor.quizzes.questions': '{n} soal',
	'instructor.quizzes.open': 'Buka kuisnya saja',
	'instructor.quizzes.scorm': 'Paket SCORM 1.2 (.zip)',
	'instructor.quizzes.scorm.label': 'Unduh paket SCORM 1.2 untuk kuis {lesson}',
	'instructor.quizzes.snippet': 'Potongan kode iframe untuk kuis {lesson}',
	'instructor.quizzes.copy': 'Salin',
	'instructor.quizzes.copy.label': 'Salin potongan kode iframe untuk {what}',
	'instructor.quizzes.copied': 'Tersalin.',
	'instructor.quizzes.copy-failed': 'Pilih potongan kodenya dan salin secara manual.',
	'instructor.quizzes.tasks': 'Tugas widget secara terpisah',
	'instructor.quizzes.tasks.intro':
		'Tugas yang dikerjakan di widget bisa disematkan sendiri: embed kuis yang sama dengan question=<id>.',
	'instructor.quizzes.task': '{lesson}: tugas “{id}” di widget {widget}'
};
