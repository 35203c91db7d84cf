// The words of lesson 10's quiz, in every language (src/lib/quiz/text.ts).
import type { QuizText } from '$lib/quiz/text';

const en = {
	'conv.prompt':
		'A Conv2D layer with {filters} filters of size {k}×{k} takes an input with {cin, plural, one {# channel} other {# channels}}. How many parameters does it have (weights and biases)?',
	'conv.explain': 'Each filter has {k}·{k}·{cin} weights and one bias: ({k}·{k}·{cin} + 1)·{filters} = {answer}.',
	'recall.prompt':
		'On the 715 test photos (453 defective, 262 OK) the model finds {tp} of the defective parts and clears {tn} of the OK ones. What is its recall for the defective class (a fraction, 3 decimals)?',
	'recall.explain': 'Recall = TP / (TP + FN) = {tp} / ({tp} + {fn}) ≈ {answer}.',
	'outcome.prompt': 'In the casting lab, with defective as the positive class, which outcome is {name}?',
	'outcome.explain': 'Defective is the positive class, so {name} is {phrase}: {why}.',
	'outcome.other': 'That is {name}: {why}.',
	'outcome.fn.name': 'a false negative',
	'outcome.fn.text': 'A defective part predicted OK',
	'outcome.fn.phrase': 'a defective part predicted ok',
	'outcome.fn.why': 'a missed defect that ships to a customer',
	'outcome.fp.name': 'a false positive',
	'outcome.fp.text': 'An OK part predicted defective',
	'outcome.fp.phrase': 'an ok part predicted defective',
	'outcome.fp.why': 'a false alarm: a good part sent for re-inspection',
	'outcome.tn.name': 'a true negative',
	'outcome.tn.text': 'An OK part predicted OK',
	'outcome.tn.phrase': 'an ok part predicted ok',
	'outcome.tn.why': 'a good part cleared, as it should be',
	'outcome.tp.name': 'a true positive',
	'outcome.tp.text': 'A defective part predicted defective',
	'outcome.tp.phrase': 'a defective part predicted defective',
	'outcome.tp.why': 'a defect caught',
	'threshold.case.0':
		'A missed defect can make a pump fail in the field; re-inspecting a good part takes a minute.',
	'threshold.case.1':
		'Every flagged part is scrapped unseen, and the defects this line gets are only cosmetic.',
	'threshold.case.2':
		'A customer rejects a whole order for one defective impeller; a second look at a part is cheap.',
	'threshold.case.3':
		'Re-inspection needs an X-ray that takes an hour per part, and a missed defect is caught later at assembly.',
	'threshold.prompt': '{case} Which way should the threshold move from 0.5?',
	'threshold.lower.explain':
		'Lower it: more parts are flagged as defective, so recall goes up (fewer missed defects) at the price of more false alarms, which are the cheap mistake here.',
	'threshold.raise.explain':
		'Raise it: fewer parts are flagged, so there are fewer costly false alarms, at the price of more missed defects, which are the cheap mistake here.',
	'threshold.lower': 'Lower it, e.g. to 0.2',
	'threshold.lower.why': 'A lower threshold flags more parts: more of the costly false alarms.',
	'threshold.raise': 'Raise it, e.g. to 0.8',
	'threshold.raise.why': 'A higher threshold flags fewer parts: more of the costly missed defects.',
	'threshold.keep': 'Keep 0.5 and retrain',
	'threshold.keep.why': 'Retraining does not change which mistake the threshold favours; only the threshold does.',
	'workflow.job.0': 'decide when to stop training early',
	'workflow.job.1': 'keep the best epoch’s weights',
	'workflow.job.2': 'give the final, unbiased verdict',
	'workflow.job.3': 'report the accuracy it shows after training',
	'workflow.job.4': 'get random flips and turns each epoch',
	'workflow.job.5': 'compute the gradient steps from',
	'workflow.prompt': 'Which images does the lab use to {job}?',
	'workflow.validation': 'The validation images',
	'workflow.test': 'The test images',
	'workflow.training': 'The training images',
	'workflow.validation.why':
		'the validation images are held out from training and used for decisions while training',
	'workflow.test.why':
		'the test images are used once, at the end; any decision made with them makes their accuracy optimistic',
	'workflow.training.why':
		'the gradient steps are computed on the training images, and only they are augmented; validation and test measure photos as the camera takes them',
	'workflow.explain': '{images}: {why}.',
	'workflow.no': 'No: {why}.',
	'line.prompt':
		'On the test set your model has recall {recall} and specificity {spec}. On the production line {percent}% of the parts are defective. What is its precision there (2 decimals)?',
	'line.explain':
		'Of 10,000 parts, {defective} are defective: the model catches {caught} of them (recall {recall}) and flags {alarms} of the {ok} OK parts (a share 1 − {spec} = {share} of them). Precision = {caught} / ({caught} + {alarms}) ≈ {answer}.',
	'leak.prompt.0':
		'A data set was made by turning each photographed part into {copies} rotated copies, then splitting the images at random into train and test. A model scores {accuracy}% on that test set. What does the figure tell you about new parts?',
	'leak.right.0': 'Too little: twins of test parts were in training',
	'leak.wrong.0.0': 'Much: a rotated copy is as good as a new part',
	'leak.wrong.0.0.why': 'A copy shows the same part: the model may remember it rather than judge it.',
	'leak.wrong.0.1': 'Too little: rotated images are harder to classify',
	'leak.wrong.0.1.why': 'Rotation is not the problem; seeing the same part on both sides is.',
	'leak.prompt.1':
		'You have {photos} photos of parts and will make {copies} turned copies of each. When do you split off the test set so that its accuracy is honest?',
	'leak.right.1': 'Before making the copies, so each part is on one side',
	'leak.wrong.1.0': 'After making the copies, at random, to use them all',
	'leak.wrong.1.0.why': 'Then copies of one part land on both sides: the test is no longer unseen.',
	'leak.wrong.1.1': 'After training, choosing the photos the model got right',
	'leak.wrong.1.1.why': 'That chooses the test by its result: the accuracy means nothing.',
	'leak.prompt.2':
		'A colleague augments all photos {copies}-fold, splits them 80/20 and reports {accuracy}% test accuracy, but the model does worse on parts from the line. What went wrong?',
	'leak.right.2': 'Copies of the test parts were also in the training set',
	'leak.wrong.2.0': 'The model needed more epochs to reach the same accuracy',
	'leak.wrong.2.0.why': 'More epochs would not help: the test figure itself was inflated.',
	'leak.wrong.2.1': 'Augmentation makes every model worse on real photos',
	'leak.wrong.2.1.why': 'Augmenting the training side alone is fine; the split order was the problem.',
	'leak.explain':
		'Augmenting before the split puts turned copies of one part on both sides, so the model is tested on parts it has already seen and the test accuracy is optimistic. Split by part first, then augment only the training side.'
} as const;

type Key = keyof typeof en;

const id: Record<Key, string> = {
	'conv.prompt':
		'Sebuah lapisan Conv2D dengan {filters} filter berukuran {k}×{k} menerima input dengan {cin} channel. Berapa jumlah parameternya (bobot dan bias)?',
	'conv.explain': 'Setiap filter punya {k}·{k}·{cin} bobot dan satu bias: ({k}·{k}·{cin} + 1)·{filters} = {answer}.',
	'recall.prompt':
		'Pada 715 foto data uji (453 cacat, 262 OK), model menemukan {tp} komponen cacat dan meloloskan {tn} komponen OK. Berapa recall-nya untuk kelas cacat (sebagai pecahan, 3 angka di belakang koma)?',
	'recall.explain': 'Recall = TP / (TP + FN) = {tp} / ({tp} + {fn}) ≈ {answer}.',
	'outcome.prompt': 'Di lab coran, dengan cacat sebagai kelas positif, hasil mana yang merupakan {name}?',
	'outcome.explain': 'Cacat adalah kelas positif, jadi {name} adalah {phrase}: {why}.',
	'outcome.other': 'Itu {name}: {why}.',
	'outcome.fn.name': 'false negative',
	'outcome.fn.text': 'Komponen cacat yang diprediksi OK',
	'outcome.fn.phrase': 'komponen cacat yang diprediksi OK',
	'outcome.fn.why': 'cacat yang terlewat dan terkirim ke pelanggan',
	'outcome.fp.name': 'false positive',
	'outcome.fp.text': 'Komponen OK yang diprediksi cacat',
	'outcome.fp.phrase': 'komponen OK yang diprediksi cacat',
	'outcome.fp.why': 'alarm palsu, yaitu komponen yang baik dikirim untuk diperiksa ulang',
	'outcome.tn.name': 'true negative',
	'outcome.tn.text': 'Komponen OK yang diprediksi OK',
	'outcome.tn.phrase': 'komponen OK yang diprediksi OK',
	'outcome.tn.why': 'komponen yang baik diloloskan, sebagaimana mestinya',
	'outcome.tp.name': 'true positive',
	'outcome.tp.text': 'Komponen cacat yang diprediksi cacat',
	'outcome.tp.phrase': 'komponen cacat yang diprediksi cacat',
	'outcome.tp.why': 'cacat yang tertangkap',
	'threshold.case.0':
		'Cacat yang terlewat bisa membuat pompa rusak di lapangan; memeriksa ulang komponen yang baik hanya butuh satu menit.',
	'threshold.case.1':
		'Setiap komponen yang ditandai langsung dibuang tanpa diperiksa, dan cacat yang muncul di lini ini hanya cacat kosmetik.',
	'threshold.case.2':
		'Pelanggan menolak seluruh pesanan karena satu impeller cacat; melihat sekali lagi sebuah komponen itu murah.',
	'threshold.case.3':
		'Pemeriksaan ulang memerlukan sinar-X yang memakan waktu satu jam per komponen, dan cacat yang terlewat akan tertangkap kemudian saat perakitan.',
	'threshold.prompt': '{case} Ke arah mana threshold harus digeser dari 0,5?',
	'threshold.lower.explain':
		'Turunkan: lebih banyak komponen ditandai cacat, jadi recall naik (lebih sedikit cacat yang terlewat) dengan harga lebih banyak alarm palsu, yang di sini justru kesalahan yang murah.',
	'threshold.raise.explain':
		'Naikkan: lebih sedikit komponen yang ditandai, jadi alarm palsu yang mahal berkurang, dengan harga lebih banyak cacat yang terlewat, yang di sini justru kesalahan yang murah.',
	'threshold.lower': 'Turunkan, misalnya ke 0,2',
	'threshold.lower.why': 'Threshold yang lebih rendah menandai lebih banyak komponen: makin banyak alarm palsu yang mahal.',
	'threshold.raise': 'Naikkan, misalnya ke 0,8',
	'threshold.raise.why':
		'Threshold yang lebih tinggi menandai lebih sedikit komponen: makin banyak cacat terlewat yang mahal.',
	'threshold.keep': 'Tetap 0,5 dan latih ulang',
	'threshold.keep.why':
		'Melatih ulang tidak mengubah kesalahan mana yang diuntungkan threshold; hanya threshold itu sendiri yang bisa.',
	'workflow.job.0': 'memutuskan kapan pelatihan dihentikan lebih awal',
	'workflow.job.1': 'menyimpan bobot dari epoch terbaik',
	'workflow.job.2': 'memberikan penilaian akhir yang tidak bias',
	'workflow.job.3': 'melaporkan akurasi yang ditampilkannya setelah pelatihan',
	'workflow.job.4': 'diberi pencerminan dan rotasi acak pada setiap epoch',
	'workflow.job.5': 'menghitung langkah-langkah gradien',
	'workflow.prompt': 'Gambar mana yang dipakai lab untuk {job}?',
	'workflow.validation': 'Gambar data validasi',
	'workflow.test': 'Gambar data uji',
	'workflow.training': 'Gambar data latih',
	'workflow.validation.why':
		'gambar data validasi disisihkan dari pelatihan dan dipakai untuk mengambil keputusan selama pelatihan',
	'workflow.test.why':
		'gambar data uji dipakai sekali saja, di akhir; keputusan apa pun yang diambil dengannya membuat akurasinya terlalu optimistis',
	'workflow.training.why':
		'langkah-langkah gradien dihitung dari gambar data latih, dan hanya gambar itulah yang diaugmentasi; data validasi dan data uji mengukur foto sebagaimana diambil kamera',
	'workflow.explain': '{images}: {why}.',
	'workflow.no': 'Bukan: {why}.',
	'line.prompt':
		'Pada data uji, model Anda punya recall {recall} dan spesifisitas {spec}. Di lini produksi, {percent}% komponennya cacat. Berapa precision-nya di sana (2 angka di belakang koma)?',
	'line.explain':
		'Dari 10.000 komponen, {defective} cacat: model menangkap {caught} di antaranya (recall {recall}) dan menandai {alarms} dari {ok} komponen OK (bagian sebesar 1 − {spec} = {share} dari komponen OK). Precision = {caught} / ({caught} + {alarms}) ≈ {answer}.',
	'leak.prompt.0':
		'Sebuah dataset dibuat dengan mengubah setiap komponen yang difoto menjadi {copies} salinan yang diputar, lalu membagi gambar-gambarnya secara acak ke data latih dan data uji. Sebuah model mencapai {accuracy}% pada data uji itu. Apa yang dikatakan angka itu tentang komponen baru?',
	'leak.right.0': 'Terlalu sedikit: kembaran komponen data uji ada di data latih',
	'leak.wrong.0.0': 'Banyak: salinan yang diputar sama bagusnya dengan komponen baru',
	'leak.wrong.0.0.why': 'Salinan memperlihatkan komponen yang sama: model mungkin mengingatnya alih-alih menilainya.',
	'leak.wrong.0.1': 'Terlalu sedikit: gambar yang diputar lebih sulit diklasifikasi',
	'leak.wrong.0.1.why': 'Rotasinya bukan masalah; masalahnya, komponen yang sama terlihat di kedua sisi.',
	'leak.prompt.1':
		'Anda punya {photos} foto komponen dan akan membuat {copies} salinan yang diputar dari setiap foto. Kapan Anda memisahkan data uji agar akurasinya jujur?',
	'leak.right.1': 'Sebelum membuat salinan, sehingga setiap komponen hanya ada di satu sisi',
	'leak.wrong.1.0': 'Setelah membuat salinan, secara acak, agar semuanya terpakai',
	'leak.wrong.1.0.why': 'Dengan begitu salinan dari satu komponen jatuh di kedua sisi: data uji tidak lagi belum pernah dilihat.',
	'leak.wrong.1.1': 'Setelah pelatihan, dengan memilih foto yang dijawab benar oleh model',
	'leak.wrong.1.1.why': 'Itu memilih data uji berdasarkan hasilnya: akurasinya tidak berarti apa-apa.',
	'leak.prompt.2':
		'Seorang rekan melakukan augmentasi {copies} kali lipat pada semua foto, membaginya 80/20, dan melaporkan akurasi data uji {accuracy}%, tetapi modelnya lebih buruk pada komponen dari lini produksi. Apa yang salah?',
	'leak.right.2': 'Salinan komponen data uji juga ada di data latih',
	'leak.wrong.2.0': 'Model memerlukan lebih banyak epoch untuk mencapai akurasi yang sama',
	'leak.wrong.2.0.why': 'Epoch tambahan tidak akan membantu: angka data uji itu sendiri yang menggelembung.',
	'leak.wrong.2.1': 'Augmentasi membuat setiap model lebih buruk pada foto asli',
	'leak.wrong.2.1.why': 'Augmentasi pada sisi data latih saja tidak masalah; urutan pembagiannya yang menjadi masalah.',
	'leak.explain':
		'Augmentasi sebelum pembagian menaruh salinan yang diputar dari satu komponen di kedua sisi, sehingga model diuji pada komponen yang sudah pernah dilihatnya dan akurasi data ujinya terlalu optimistis. Bagi dulu per komponen, lalu lakukan augmentasi hanya pada sisi data latih.'
};

export const text: QuizText<Key> = { en, id };
