// The words of lesson 2's quiz, in every language (src/lib/quiz/text.ts).
import type { QuizText } from '$lib/quiz/text';

const en = {
	'q.0': 'What will the temperature be tomorrow?',
	'q.1': 'Will it be cold or hot tomorrow?',
	'q.2': 'Is this casting defective or OK?',
	'q.3': 'How many millimetres of rain will fall tomorrow?',
	'q.4': 'Is this insurance claim fraudulent or genuine?',
	'q.5': 'What price will this house sell for?',
	'q.6': 'How many millimetres thick is this casting’s wall?',
	'q.7': 'Which of five defect types does this photo show?',
	'q.8': 'How many minutes will this part take to machine?',
	'q.9': 'Will this customer cancel the contract this year?',
	'system.0': 'A chess program that follows rules written by hand',
	'system.1': 'A route planner that searches a road map with a fixed algorithm',
	'system.2': 'A spam filter whose word weights were fitted to labelled e-mails',
	'system.3': 'A decision tree that learned from past claims which ones were fraud',
	'system.4': 'A convolutional network with many layers that learned to spot cracks in photos',
	'system.5': 'A translation system built from a many-layer neural network trained on text',
	'nest.ai': 'AI, but not machine learning',
	'nest.ml': 'Machine learning (so AI), but not deep learning',
	'nest.dl': 'Deep learning, so also machine learning and AI',
	'why-nest.ai': 'Its rules were written by people, not learned from data: AI without machine learning.',
	'why-nest.ml': 'It learned its rules from data, without a many-layer neural network: ML, not DL.',
	'why-nest.dl': 'A neural network of many layers that learned from data: deep learning, inside ML, inside AI.',
	'nesting.prompt': 'How are artificial intelligence (AI), machine learning (ML) and deep learning (DL) related?',
	'nesting.right': 'DL is part of ML, and ML is part of AI',
	'nesting.reversed': 'AI is part of ML, and ML is part of DL',
	'nesting.reversed.why': 'It is the other way round: AI is the widest term.',
	'nesting.apart': 'They are three fields that do not overlap',
	'nesting.apart.why': 'Every deep learning system is a machine learning system, and every ML system is AI.',
	'nesting.explain': 'Deep learning ⊂ machine learning ⊂ AI. A chess program with hand-written rules is AI without ML.',
	'system.prompt': '{what}. Where does it belong?',
	'system.explain': '{why} Deep learning ⊂ machine learning ⊂ AI.',
	'task.0': 'flag fraudulent insurance claims',
	'task.1': 'sort castings into defective and OK',
	'task.2': 'move spam e-mails out of the inbox',
	'data.answers': 'Data and the answers; it returns the rules',
	'data.answers.why': 'That is machine learning: the rules are learned from labelled examples.',
	'data.rules': 'Data and the rules; it returns the answers',
	'data.rules.why': 'That is traditional programming: a person writes the rules.',
	'data.none': 'The rules and the answers; it returns new data',
	'data.none.why': 'Neither approach makes data: both take data in.',
	'approach.ml': 'machine learning',
	'approach.traditional': 'traditional programming',
	'learning.prompt': 'To {task} with {approach}, what do you give the computer, and what does it give back?',
	'learning.explain':
		'Traditional programming: data + rules → answers. Machine learning: data + answers (labels) → rules (a model), learned from labelled examples.',
	'kind.prompt': '“{q}” Which kind of question is this?',
	'kind.regression': 'Regression',
	'kind.classification': 'Classification',
	'kind.regression.explain': 'The answer is a number on a continuous scale, so it is regression.',
	'kind.classification.explain': 'The answer is one of a fixed set of categories, so it is classification.',
	'linear.prompt':
		'A linear model has weights w₁ = {w1}, w₂ = {w2} and bias b = {b}. What does it predict for x₁ = {x1}, x₂ = {x2}?',
	'linear.explain': 'ŷ = w₁x₁ + w₂x₂ + b = {worked} = {answer}.',
	'widget.prompt':
		'Today is {x} °C. In the widget below, change the weight w and the bias b (keep x = {x}) until the model predicts ŷ = {target} °C for tomorrow.',
	'widget.explain':
		'Any w and b with w·{x} + b = {target} will do, for example w = 1 and b = {diff}, or w = 0 and b = {target}: many models give the same prediction for one input. Training picks the one that fits many past days at once.'
} as const;

type Key = keyof typeof en;

const id: Record<Key, string> = {
	'q.0': 'Berapa suhu besok?',
	'q.1': 'Besok akan dingin atau panas?',
	'q.2': 'Apakah coran ini cacat atau OK?',
	'q.3': 'Berapa milimeter hujan yang akan turun besok?',
	'q.4': 'Apakah klaim asuransi ini palsu atau asli?',
	'q.5': 'Berapa harga jual rumah ini nanti?',
	'q.6': 'Berapa milimeter tebal dinding coran ini?',
	'q.7': 'Jenis cacat yang mana, dari lima jenis, yang tampak di foto ini?',
	'q.8': 'Berapa menit waktu pemesinan komponen ini?',
	'q.9': 'Apakah pelanggan ini akan memutus kontraknya tahun ini?',
	'system.0': 'Program catur yang mengikuti aturan yang ditulis tangan',
	'system.1': 'Perencana rute yang menelusuri peta jalan dengan algoritma yang tetap',
	'system.2': 'Filter spam yang bobot kata-katanya dicocokkan pada e-mail berlabel',
	'system.3': 'Decision tree yang mempelajari dari klaim-klaim lama mana yang merupakan penipuan',
	'system.4': 'Jaringan konvolusi berlapis-lapis yang belajar mengenali retakan di foto',
	'system.5': 'Sistem penerjemah yang dibangun dari neural network berlapis-lapis yang dilatih dengan teks',
	'nest.ai': 'AI, tetapi bukan machine learning',
	'nest.ml': 'Machine learning (jadi AI), tetapi bukan deep learning',
	'nest.dl': 'Deep learning, jadi juga machine learning dan AI',
	'why-nest.ai': 'Aturannya ditulis oleh manusia, tidak dipelajari dari data: AI tanpa machine learning.',
	'why-nest.ml': 'Aturannya dipelajari dari data, tanpa neural network berlapis-lapis: ML, bukan DL.',
	'why-nest.dl':
		'Neural network dengan banyak lapisan yang belajar dari data: deep learning, di dalam ML, di dalam AI.',
	'nesting.prompt':
		'Bagaimana hubungan antara kecerdasan buatan (AI), machine learning (ML), dan deep learning (DL)?',
	'nesting.right': 'DL adalah bagian dari ML, dan ML adalah bagian dari AI',
	'nesting.reversed': 'AI adalah bagian dari ML, dan ML adalah bagian dari DL',
	'nesting.reversed.why': 'Justru sebaliknya: AI adalah istilah yang paling luas.',
	'nesting.apart': 'Ketiganya bidang terpisah yang tidak saling beririsan',
	'nesting.apart.why': 'Setiap sistem deep learning adalah sistem machine learning, dan setiap sistem ML adalah AI.',
	'nesting.explain':
		'Deep learning ⊂ machine learning ⊂ AI. Program catur dengan aturan yang ditulis tangan adalah AI tanpa ML.',
	'system.prompt': '{what}. Termasuk ke mana sistem ini?',
	'system.explain': '{why} Deep learning ⊂ machine learning ⊂ AI.',
	'task.0': 'menandai klaim asuransi yang palsu',
	'task.1': 'memilah coran menjadi cacat dan OK',
	'task.2': 'memindahkan e-mail spam keluar dari kotak masuk',
	'data.answers': 'Data dan jawabannya; komputer mengembalikan aturannya',
	'data.answers.why': 'Itu machine learning: aturannya dipelajari dari contoh-contoh berlabel.',
	'data.rules': 'Data dan aturannya; komputer mengembalikan jawabannya',
	'data.rules.why': 'Itu pemrograman tradisional: manusia yang menulis aturannya.',
	'data.none': 'Aturan dan jawabannya; komputer mengembalikan data baru',
	'data.none.why': 'Tidak ada pendekatan yang menghasilkan data: keduanya menerima data sebagai masukan.',
	'approach.ml': 'machine learning',
	'approach.traditional': 'pemrograman tradisional',
	'learning.prompt':
		'Untuk {task} dengan {approach}, apa yang Anda berikan kepada komputer, dan apa yang dikembalikannya?',
	'learning.explain':
		'Pemrograman tradisional: data + aturan → jawaban. Machine learning: data + jawaban (label) → aturan (sebuah model), yang dipelajari dari contoh-contoh berlabel.',
	'kind.prompt': '“{q}” Pertanyaan jenis apa ini?',
	'kind.regression': 'Regresi',
	'kind.classification': 'Klasifikasi',
	'kind.regression.explain': 'Jawabannya berupa angka pada skala kontinu, jadi ini regresi.',
	'kind.classification.explain': 'Jawabannya salah satu dari sekumpulan kategori yang tetap, jadi ini klasifikasi.',
	'linear.prompt':
		'Sebuah model linear punya bobot w₁ = {w1}, w₂ = {w2} dan bias b = {b}. Berapa prediksinya untuk x₁ = {x1}, x₂ = {x2}?',
	'linear.explain': 'Masukkan angka-angkanya ke ŷ = w₁x₁ + w₂x₂ + b: {worked} = {answer}.',
	'widget.prompt':
		'Hari ini suhunya {x} °C. Pada widget di bawah, ubah bobot w dan bias b (biarkan x = {x}) sampai model memprediksi ŷ = {target} °C untuk besok.',
	'widget.explain':
		'Pasangan w dan b mana pun dengan w·{x} + b = {target} sudah cukup, misalnya w = 1 dan b = {diff}, atau w = 0 dan b = {target}: banyak model memberi prediksi yang sama untuk satu input. Pelatihan memilih model yang cocok dengan banyak hari sebelumnya sekaligus.'
};

export const text: QuizText<Key> = { en, id };
