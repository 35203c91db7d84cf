// The words of lesson 5's quiz, in every language (src/lib/quiz/text.ts).
import type { QuizText } from '$lib/quiz/text';

const en = {
	'worked.recall': 'Recall = TP / (TP + FN) = {tp} / ({tp} + {fn}) = {tp} / {sum}',
	'worked.precision': 'Precision = TP / (TP + FP) = {tp} / ({tp} + {fp}) = {tp} / {sum}',
	'worked.specificity': 'Specificity = TN / (TN + FP) = {tn} / ({tn} + {fp}) = {tn} / {sum}',
	'worked.f1': 'F1 = 2TP / (2TP + FP + FN) = {tp2} / ({tp2} + {fp} + {fn}) = {tp2} / {sum}',
	'worked.accuracy': 'Accuracy = (TP + TN) / total = {right} / {sum}',
	'name.accuracy': 'accuracy',
	'name.precision': 'precision',
	'name.recall': 'recall',
	'name.specificity': 'specificity',
	'name.f1': 'F1 score',
	'metric.prompt':
		'An inspection model gives TP = {tp}, FP = {fp}, FN = {fn}, TN = {tn}. What is its {name}? (a fraction, e.g. 0.75)',
	'metric.explain': '{worked} ≈ {answer}. {hint}',
	'hint.recall-precision':
		'Recall divides TP by the actual positives (a row), precision by the predicted positives (a column).',
	'hint.specificity-f1': 'Specificity is recall for the OK class; F1 needs both precision and recall to be high.',
	'lazy.prompt':
		'Of {total} castings, {sick, plural, one {# is} other {# are}} defective. A "model" calls every part OK. What is its accuracy? (a fraction)',
	'lazy.explain':
		'It gets all {ok} OK parts right and every defective one wrong: accuracy = {ok} / {total} {sign} {answer}, yet its recall is 0 and its precision is undefined (it flags nothing). Accuracy mostly measures how rare the defects are.',
	'mistake.spam': 'A spam filter (positive = spam) moves a real job offer into the spam folder.',
	'mistake.spam.why': 'The message was predicted positive (spam) but is really negative.',
	'mistake.fraud': 'A fraud alarm (positive = fraud) blocks the genuine card payment of a customer abroad.',
	'mistake.fraud.why': 'The payment was predicted positive (fraud) but is really genuine.',
	'mistake.cancer': 'A cancer screening test (positive = cancer) says “healthy” to a patient who has a tumour.',
	'mistake.cancer.why': 'The patient was predicted negative but really is positive.',
	'mistake.casting': 'The casting inspection (positive = defective) passes a part with a crack, which is shipped.',
	'mistake.casting.why': 'The part was predicted negative (OK) but really is defective.',
	'mistake.smoke': 'A smoke detector (positive = fire) stays silent while a fire starts.',
	'mistake.smoke.why': 'It predicted negative (no fire) while the truth was positive.',
	'which.prompt': '{text} Which kind of error is that, and which metric should the system favour to avoid it?',
	'which.explain.fp':
		'{why} That is a false positive. Precision, TP / (TP + FP), falls with every false positive, so favour precision.',
	'which.explain.fn':
		'{why} That is a false negative. Recall, TP / (TP + FN), falls with every false negative, so favour recall.',
	'which.fp-precision': 'A false positive; favour precision',
	'which.fn-recall': 'A false negative; favour recall',
	'which.fp-recall': 'A false positive; favour recall',
	'which.fp-recall.why': 'Recall does not count false positives at all: TP / (TP + FN).',
	'which.fn-precision': 'A false negative; favour precision',
	'which.fn-precision.why': 'Precision does not count false negatives at all: TP / (TP + FP).',
	'step.up': 'It rises or stays the same; it can never fall',
	'step.down': 'It falls or stays the same; it can never rise',
	'step.either': 'It can go either way',
	'asked.recall': 'recall',
	'asked.tp': 'the number of true positives',
	'asked.fp': 'the number of false alarms',
	'asked.precision': 'precision',
	'threshold.prompt.lower':
		'You lower the threshold of a defect classifier from {from} to {to}. What happens to {asked}?',
	'threshold.prompt.raise':
		'You raise the threshold of a defect classifier from {from} to {to}. What happens to {asked}?',
	'threshold.explain.precision':
		'Both TP and FP move in the same direction, so their ratio TP / (TP + FP) can rise or fall, depending on whether the parts that change side are defective or OK.',
	'threshold.explain.lower':
		'Every part flagged at {high} is also flagged at {low} (its score is ≥ both), so lowering the threshold can only add flagged parts: TP and FP each grow or stay, and so does recall = TP / (TP + FN), whose denominator does not change.',
	'threshold.explain.raise':
		'Every part flagged at {high} is also flagged at {low} (its score is ≥ both), so raising the threshold can only remove flagged parts: TP and FP each shrink or stay, and so does recall = TP / (TP + FN), whose denominator does not change.',
	'auc.prompt':
		'Two defective parts score {d1} and {d2}; three OK parts score {o1}, {o2} and {o3}. What is the ROC-AUC? (count a tie as half)',
	'auc.pair': '{d} vs {o}: {points}',
	'auc.pairs.join': '; ',
	'auc.explain':
		'Compare each of the 2 × 3 = 6 (defective, OK) pairs: a pair counts 1 when the defective part scores higher, ½ on a tie, 0 otherwise. Here: {pairs}. The pairs add up to {total}, so ROC-AUC = {total} / 6 ≈ {answer}.',
	'reach.prompt':
		'At threshold {start} the model catches only {pct}% of the defective parts. Move the threshold until recall is at least {want}.',
	'reach.label': 'Recall',
	'reach.explain':
		'Lowering the threshold flags more parts, so recall rises. The highest threshold with recall ≥ {want} here is {highest}; any lower threshold works too, at the price of more false alarms (lower precision).',
	'prevalence.prompt':
		'A defect model has recall {recall} and specificity {specificity}. On a line where {pct}% of parts are defective, what is its precision? (a fraction)',
	'prevalence.explain':
		'Per 1,000 parts: {defective} defective, of which {caught} are flagged; {ok} OK, of which {alarms} are flagged. Precision = {caught} / ({caught} + {alarms}) ≈ {answer}. The rarer the defects, the more of the alarms are OK parts.'
} as const;

type Key = keyof typeof en;

const id: Record<Key, string> = {
	'worked.recall': 'Recall = TP / (TP + FN) = {tp} / ({tp} + {fn}) = {tp} / {sum}',
	'worked.precision': 'Precision = TP / (TP + FP) = {tp} / ({tp} + {fp}) = {tp} / {sum}',
	'worked.specificity': 'Spesifisitas = TN / (TN + FP) = {tn} / ({tn} + {fp}) = {tn} / {sum}',
	'worked.f1': 'F1 = 2TP / (2TP + FP + FN) = {tp2} / ({tp2} + {fp} + {fn}) = {tp2} / {sum}',
	'worked.accuracy': 'Akurasi = (TP + TN) / total = {right} / {sum}',
	'name.accuracy': 'akurasi',
	'name.precision': 'precision',
	'name.recall': 'recall',
	'name.specificity': 'spesifisitas',
	'name.f1': 'skor F1',
	'metric.prompt':
		'Sebuah model pemeriksaan menghasilkan TP = {tp}, FP = {fp}, FN = {fn}, TN = {tn}. Berapa {name} model itu? (sebagai pecahan, misalnya 0,75)',
	'metric.explain': '{worked} ≈ {answer}. {hint}',
	'hint.recall-precision':
		'Recall membagi TP dengan jumlah positif yang sebenarnya (satu baris matriks), precision dengan jumlah yang diprediksi positif (satu kolom).',
	'hint.specificity-f1':
		'Spesifisitas adalah recall untuk kelas OK; F1 menuntut precision dan recall sama-sama tinggi.',
	'lazy.prompt':
		'Dari {total} coran, {sick} di antaranya cacat. Sebuah "model" menyatakan setiap komponen OK. Berapa akurasinya? (sebagai pecahan)',
	'lazy.explain':
		'Model ini benar pada semua {ok} komponen OK dan salah pada setiap komponen cacat: akurasi = {ok} / {total} {sign} {answer}, padahal recall-nya 0 dan precision-nya tidak terdefinisi (model tidak menandai apa pun). Akurasi di sini sebagian besar hanya mengukur seberapa jarang cacatnya.',
	'mistake.spam': 'Filter spam (positif = spam) memindahkan email tawaran kerja yang asli ke folder spam.',
	'mistake.spam.why': 'Email itu diprediksi positif (spam), padahal sebenarnya negatif.',
	'mistake.fraud':
		'Alarm penipuan (positif = penipuan) memblokir pembayaran kartu yang sah dari seorang nasabah yang sedang di luar negeri.',
	'mistake.fraud.why': 'Pembayaran itu diprediksi positif (penipuan), padahal sebenarnya sah.',
	'mistake.cancer':
		'Tes deteksi kanker (positif = kanker) menyatakan “sehat” kepada pasien yang sebenarnya memiliki tumor.',
	'mistake.cancer.why': 'Pasien itu diprediksi negatif, padahal sebenarnya positif.',
	'mistake.casting':
		'Pemeriksaan coran (positif = cacat) meloloskan komponen yang retak, dan komponen itu terkirim ke pelanggan.',
	'mistake.casting.why': 'Komponen itu diprediksi negatif (OK), padahal sebenarnya cacat.',
	'mistake.smoke': 'Detektor asap (positif = kebakaran) tetap diam ketika kebakaran mulai terjadi.',
	'mistake.smoke.why': 'Detektor memprediksi negatif (tidak ada kebakaran), padahal kenyataannya positif.',
	'which.prompt':
		'{text} Kesalahan jenis apa itu, dan metrik mana yang harus diutamakan sistem untuk menghindarinya?',
	'which.explain.fp':
		'{why} Itu adalah false positive. Precision, TP / (TP + FP), turun dengan setiap false positive, jadi utamakan precision.',
	'which.explain.fn':
		'{why} Itu adalah false negative. Recall, TP / (TP + FN), turun dengan setiap false negative, jadi utamakan recall.',
	'which.fp-precision': 'False positive; utamakan precision',
	'which.fn-recall': 'False negative; utamakan recall',
	'which.fp-recall': 'False positive; utamakan recall',
	'which.fp-recall.why': 'Recall sama sekali tidak menghitung false positive: TP / (TP + FN).',
	'which.fn-precision': 'False negative; utamakan precision',
	'which.fn-precision.why': 'Precision sama sekali tidak menghitung false negative: TP / (TP + FP).',
	'step.up': 'Naik atau tetap; tidak mungkin turun',
	'step.down': 'Turun atau tetap; tidak mungkin naik',
	'step.either': 'Bisa naik, bisa juga turun',
	'asked.recall': 'recall-nya',
	'asked.tp': 'jumlah true positive',
	'asked.fp': 'jumlah alarm palsu',
	'asked.precision': 'precision-nya',
	'threshold.prompt.lower':
		'Anda menurunkan threshold sebuah pengklasifikasi cacat dari {from} ke {to}. Apa yang terjadi pada {asked}?',
	'threshold.prompt.raise':
		'Anda menaikkan threshold sebuah pengklasifikasi cacat dari {from} ke {to}. Apa yang terjadi pada {asked}?',
	'threshold.explain.precision':
		'TP dan FP bergerak ke arah yang sama, jadi rasionya, TP / (TP + FP), bisa naik atau turun, tergantung apakah komponen yang berpindah sisi itu cacat atau OK.',
	'threshold.explain.lower':
		'Setiap komponen yang ditandai pada {high} juga ditandai pada {low} (skornya ≥ keduanya), jadi menurunkan threshold hanya bisa menambah komponen yang ditandai: TP dan FP masing-masing bertambah atau tetap, begitu pula recall = TP / (TP + FN), yang penyebutnya tidak berubah.',
	'threshold.explain.raise':
		'Setiap komponen yang ditandai pada {high} juga ditandai pada {low} (skornya ≥ keduanya), jadi menaikkan threshold hanya bisa mengurangi komponen yang ditandai: TP dan FP masing-masing berkurang atau tetap, begitu pula recall = TP / (TP + FN), yang penyebutnya tidak berubah.',
	'auc.prompt':
		'Dua komponen cacat mendapat skor {d1} dan {d2}; tiga komponen OK mendapat skor {o1}, {o2}, dan {o3}. Berapa ROC-AUC-nya? (skor yang sama dihitung setengah)',
	'auc.pair': '{d} lawan {o}: {points}',
	'auc.pairs.join': '; ',
	'auc.explain':
		'Bandingkan setiap pasangan (cacat, OK), ada 2 × 3 = 6 pasangan: sebuah pasangan bernilai 1 bila komponen cacat mendapat skor lebih tinggi, ½ bila skornya sama, dan 0 bila sebaliknya. Di sini: {pairs}. Jumlah nilai semua pasangan adalah {total}, jadi ROC-AUC = {total} / 6 ≈ {answer}.',
	'reach.prompt':
		'Pada threshold {start}, model hanya menangkap {pct}% komponen cacat. Geser threshold sampai recall-nya paling sedikit {want}.',
	'reach.label': 'Recall',
	'reach.explain':
		'Menurunkan threshold membuat lebih banyak komponen ditandai, sehingga recall naik. Threshold tertinggi dengan recall ≥ {want} di sini adalah {highest}; threshold yang lebih rendah juga memenuhi syarat, dengan harga alarm palsu yang lebih banyak (precision lebih rendah).',
	'prevalence.prompt':
		'Sebuah model pendeteksi cacat memiliki recall {recall} dan spesifisitas {specificity}. Di lini produksi tempat {pct}% komponen cacat, berapa precision-nya? (sebagai pecahan)',
	'prevalence.explain':
		'Per 1.000 komponen: {defective} cacat, {caught} di antaranya ditandai; {ok} OK, {alarms} di antaranya ditandai. Precision = {caught} / ({caught} + {alarms}) ≈ {answer}. Makin jarang cacatnya, makin banyak alarm yang berasal dari komponen OK.'
};

export const text: QuizText<Key> = { en, id };
