import type { metrics as en } from '../en/metrics';
import type { Translation } from '../translation';

export const metrics: Translation<typeof en> = {
	'cm.title': 'Confusion matrix dan metrik yang dibangun di atasnya',
	'cm.caption': 'Baris: kondisi sebenarnya dari komponen. Kolom: prediksi model.',
	'cm.predicted': 'Prediksi',
	'cm.actual': 'Sebenarnya',
	'cm.positive-tag': '(positif)',
	'cm.cell.tp': 'TP',
	'cm.cell.fp': 'FP',
	'cm.cell.fn': 'FN',
	'cm.cell.tn': 'TN',
	'cm.cell.tp.long': 'true positive',
	'cm.cell.fp.long': 'false positive',
	'cm.cell.fn.long': 'false negative',
	'cm.cell.tn.long': 'true negative',
	'cm.cell.count': '{cell} ({long}): sebenarnya {actual}, diprediksi {predicted}',
	'cm.cell.show': 'Tampilkan {n} contoh di {cell}',
	'cm.dec': 'Kurangi satu {cell}',
	'cm.inc': 'Tambah satu {cell}',
	'cm.keys':
		'Ketik jumlahnya, atau pakai tombol − dan + (di dalam kotak: ↑ dan ↓ mengubah 1, Page Up dan Page Down mengubah 10).',
	'cm.default.positive': 'cacat',
	'cm.default.negative': 'OK',
	'cm.names': 'Nama kelas',
	'cm.positive': 'Kelas positif',
	'cm.negative': 'Kelas negatif',
	'cm.flip': 'Tukar kelas positif',
	'cm.flipped':
		'Sekarang “{positive}” menjadi kelas positif: TP dan TN bertukar tempat, begitu pula FP dan FN. Nilai recall dan spesifisitas bertukar; akurasi tidak berubah.',
	'cm.total': 'Total: {n} contoh.',
	'cm.bad.negative': '{cell}: “{value}” negatif; jumlah harus 0 atau lebih. Tetap {kept}.',
	'cm.bad.fractional': '{cell}: “{value}” bukan bilangan bulat; tidak ada setengah contoh. Tetap {kept}.',
	'cm.bad.not-finite': '{cell}: “{value}” bukan angka. Tetap {kept}.',
	'cm.bad.huge': '{cell}: “{value}” lebih dari {max}. Tetap {kept}.',
	'cm.bad.same':
		'Parameter “positive” dan “negative” sama-sama “{name}”; kedua kelas harus punya nama berbeda. Kelas negatif diberi nama “{used}”.',
	'cm.bad.name': 'Nama kelas tidak boleh kosong, dan kedua kelas harus punya nama berbeda. Tetap “{kept}”.',
	'metric.accuracy': 'Akurasi',
	'metric.precision': 'Precision',
	'metric.recall': 'Recall (sensitivitas)',
	'metric.specificity': 'Spesifisitas',
	'metric.f1': 'Skor F1',
	'metric.accuracy.q': 'Dari semua contoh, berapa bagian yang ditebak benar oleh model?',
	'metric.precision.q': 'Dari contoh yang ditandai “{positive}”, berapa bagian yang memang benar?',
	'metric.recall.q': 'Dari contoh yang memang “{positive}”, berapa bagian yang berhasil ditangkap model?',
	'metric.specificity.q':
		'Dari contoh yang memang “{negative}”, berapa bagian yang dibiarkan lolos oleh model?',
	'metric.f1.q':
		'Satu angka yang hanya tinggi bila precision dan recall sama-sama tinggi (rata-rata harmonisnya).',
	'metric.f1.sklearn':
		'Dengan rumus 2·TP / (2·TP + FP + FN), seperti yang dihitung scikit-learn, F1 bernilai 0 (bukan tidak terdefinisi) bila tidak ada yang ditandai tetapi ada positif yang terlewat.',
	'metric.undefined': 'tidak terdefinisi',
	'reason.empty': 'Tidak terdefinisi: tidak ada contoh sama sekali (0 / 0).',
	'reason.no-predicted-positive':
		'Tidak terdefinisi: model tidak menandai apa pun sebagai “{positive}”, jadi TP + FP = 0 dan tidak ada yang bisa dihitung bagiannya (0 / 0).',
	'reason.no-actual-positive':
		'Tidak terdefinisi: tidak ada contoh yang sebenarnya “{positive}”, jadi TP + FN = 0 (0 / 0).',
	'reason.no-actual-negative':
		'Tidak terdefinisi: tidak ada contoh yang sebenarnya “{negative}”, jadi TN + FP = 0 (0 / 0).',
	'reason.no-positive-at-all':
		'Tidak terdefinisi: tidak ada contoh yang “{positive}” dan tidak ada yang ditandai, jadi 2·TP + FP + FN = 0 (0 / 0).',
	'th.title': 'Geser threshold: siapa yang ditandai?',
	'th.set': 'Data contoh',
	'th.set.castings': 'Coran (40 cacat, 60 OK)',
	'th.set.rare-defects': 'Cacat yang jarang (6 cacat, 114 OK)',
	'th.set.easy': 'Tugas yang mudah (terpisah dengan jelas)',
	'th.set.hard': 'Tugas yang sulit (sangat tumpang tindih)',
	'th.set.url': 'Skor dan label dari tautan ({n} komponen)',
	'th.threshold': 'Threshold',
	'th.rule': 'Sebuah komponen ditandai “cacat” bila skornya ≥ threshold.',
	'th.scores':
		'Skor {n} komponen: komponen cacat di atas garis, komponen OK di bawahnya; setiap titik adalah satu komponen.',
	'th.scores.axis': 'Skor model (probabilitas cacat)',
	'th.defective': 'cacat',
	'th.ok': 'OK',
	'th.flagged': 'ditandai',
	'th.roc': 'Kurva ROC',
	'th.roc.x': 'False positive rate (1 − spesifisitas)',
	'th.roc.y': 'True positive rate (recall)',
	'th.pr': 'Kurva precision-recall',
	'th.pr.x': 'Recall',
	'th.pr.y': 'Precision',
	'th.point':
		'Titik kerja pada threshold {t}: {x} {xv}, {y} {yv}. Tombol panah menggesernya di sepanjang kurva.',
	'th.auc': 'Luas di bawah kurva ROC (ROC-AUC)',
	'th.ap': 'Average precision (luas di bawah tangga precision-recall)',
	'th.auc.reason.no-actual-positive':
		'Tidak terdefinisi: data tidak berisi komponen cacat, jadi true positive rate-nya 0 / 0.',
	'th.auc.reason.no-actual-negative':
		'Tidak terdefinisi: data tidak berisi komponen OK, jadi false positive rate-nya 0 / 0.',
	'th.auc.reason.empty': 'Tidak terdefinisi: tidak ada data.',
	'th.cost': 'Satu cacat yang terlewat sama mahalnya dengan',
	'th.cost.unit': 'alarm palsu',
	'th.cost.formula': 'Biaya total = {n} × FN + 1 × FP',
	'th.cost.now': 'Pada threshold sekarang: {n} × {fn} + {fp} =',
	'th.cheapest': 'Threshold termurah:',
	'th.cheapest.none': 'jangan tandai apa pun',
	'th.cheapest.why':
		'Diperiksa di setiap nilai skor yang berbeda: pada {t} model melewatkan {fn} komponen cacat dan memunculkan {fp} alarm palsu, dengan biaya {n} × {fn} + {fp} =',
	'th.cheapest.why.rest':
		'Threshold yang lebih rendah menambah alarm palsu yang biayanya paling tidak sama dengan cacat yang tertangkap; threshold yang lebih tinggi melewatkan cacat yang biayanya lebih besar daripada alarm yang dihemat.',
	'th.cheapest.go': 'Pindah ke threshold termurah',
	'th.cost.bad': 'Biaya harus berupa angka dari {min} sampai {max}. Tetap {kept}.',
	'th.examples': 'Komponen di {cell} ({long}): {n}',
	'th.examples.hint': 'Klik sel matriks untuk melihat daftar komponen di dalamnya.',
	'th.examples.item': 'Komponen #{id}: skor {score}, sebenarnya {label}',
	'th.examples.thumb': 'Gambar komponen #{id}: skor {score}, sebenarnya {label}',
	'th.examples.rings':
		'Gambar dibuat oleh generator lab, setiap komponen dari seed-nya sendiri; lingkaran menandai setiap cacat (banyak yang lebarnya hanya beberapa piksel).',
	'th.examples.more': '… dan {n} lagi.',
	'th.examples.none': 'Tidak ada komponen di sel ini.',
	'th.bad.length':
		'Tautan memberi {scores} skor tetapi {labels} label; setiap komponen perlu satu skor dan satu label. Yang ditampilkan data bawaan.',
	'th.bad.half':
		'Tautan memberi “{given}” tetapi tidak memberi “{missing}”; keduanya diperlukan. Yang ditampilkan data bawaan.',
	'th.bad.empty': 'Tautan tidak memberi skor apa pun. Yang ditampilkan data bawaan.',
	'th.bad.label':
		'Di “labels”, nilai ke-{index} adalah {value}; label harus 0 (OK) atau 1 (cacat). Yang ditampilkan data bawaan.',
	'th.single-class.ok':
		'Semua komponen di data ini OK: ROC-AUC memerlukan kedua kelas, dan tanpa komponen cacat, recall serta average precision juga tidak terdefinisi.',
	'th.single-class.defective':
		'Semua komponen di data ini cacat: ROC-AUC memerlukan kedua kelas (tanpa komponen OK tidak ada false positive rate).'
};
