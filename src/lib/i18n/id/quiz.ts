import type { quiz as en } from '../en/quiz';
import type { Translation } from '../translation';

export const quiz: Translation<typeof en> = {
	'quiz.title': 'Cek pemahaman Anda',
	'quiz.untranslated': 'Soal-soal kuis ini belum diterjemahkan, jadi masih ditampilkan dalam bahasa Inggris.',
	'quiz.check': 'Periksa jawaban',
	'quiz.another': 'Coba soal lain',
	'quiz.score': 'Anda menjawab benar {right} dari {total} soal.',
	'quiz.right': 'Benar.',
	'quiz.wrong': 'Belum tepat.',
	'quiz.empty': 'Soal ini belum Anda jawab.',
	'quiz.unreadable': '“{text}” bukan angka yang bisa kami baca. Coba misalnya 0,75, 3/4 atau 75%.',
	'quiz.answer-was': 'Jawabannya: {answer}.',
	'quiz.read-more': 'Baca bagian pelajaran yang menjelaskannya',
	'quiz.your-answer': 'Jawaban Anda',
	'quiz.pick-all': 'Pilih semua yang benar.',
	'quiz.completed': 'Pelajaran selesai.',
	'quiz.widget.untouched': 'Widget-nya belum Anda ubah: kerjakan tugasnya di widget, lalu periksa.',
	'quiz.widget.unknown': 'Tugas ini memerlukan widget “{name}”, yang tidak tersedia.',
	'quiz.widget.ok': '{label} bernilai {value}, sesuai permintaan.',
	'quiz.widget.missing': 'Widget belum menampilkan {label}.',
	'quiz.widget.undefined': '{label} tidak terdefinisi dalam keadaan ini.',
	'quiz.widget.not-equal': '{label} bernilai {value}; seharusnya {want}.',
	'quiz.widget.too-low': '{label} bernilai {value}; seharusnya paling sedikit {min}.',
	'quiz.widget.too-high': '{label} bernilai {value}; seharusnya paling banyak {max}.'
};
