import type { nn as en } from '../en/nn';
import type { Translation } from '../translation';

export const nn: Translation<typeof en> = {
	'nn.field.refused': '{problem} Tetap {value}.',
	'gd.title': 'Gradient descent: tempat bermain learning rate',
	'gd.fn': 'Kurva loss',
	'gd.fn.quadratic': 'Mangkuk: f(x) = x²',
	'gd.fn.double-well': 'Dua lembah: f(x) = x⁴ − 3x² + x',
	'gd.fn.plateau': 'Dataran: f(x) = x² / (1 + x²)',
	'gd.lr.slider': 'Learning rate (skala log)',
	'gd.lr': 'Learning rate lr',
	'gd.x0': 'Titik awal x₀',
	'gd.steps': 'Langkah',
	'gd.momentum': 'Momentum β',
	'gd.back': 'Mundur',
	'gd.step': 'Langkah',
	'gd.follow': 'Ikuti bola',
	'gd.step10': '10 langkah',
	'gd.play': 'Putar',
	'gd.pause': 'Jeda',
	'gd.reset': 'Ulang',
	'gd.start.handle': 'Titik awal x₀ (tombol panah menggesernya)',
	'gd.curve.label': 'Kurva loss {fn}, titik awal, dan langkah-langkah sejauh ini',
	'gd.drag.help':
		'Klik atau seret pada kurva (atau fokus pada segitiga dan pakai tombol panah) untuk memindahkan titik awal.',
	'gd.out.x': 'x',
	'gd.out.loss': 'loss f(x)',
	'gd.out.status': 'status',
	'gd.out.updates': 'pembaruan yang dilakukan',
	'gd.status.converged': 'konvergen',
	'gd.status.diverged': 'divergen',
	'gd.status.running': 'berjalan',
	'gd.hint.diverged':
		'Divergen setelah {n} pembaruan: |x| melewati 1.000.000, jadi langkahnya dihentikan. Setiap langkah melampaui minimum lebih jauh daripada langkah sebelumnya: learning rate terlalu besar untuk kurva ini.',
	'gd.hint.converged':
		'Konvergen setelah {n} pembaruan: langkah berikutnya (termasuk momentum) akan menggeser x kurang dari 0,000001.',
	'gd.hint.growing':
		'Mulai divergen: loss naik di setiap {k} langkah terakhir sampai setinggi-tingginya, jadi setiap langkah melampaui minimum lebih jauh daripada sebelumnya. Learning rate terlalu besar untuk kurva ini; percobaan berhenti begitu |x| melewati 1.000.000.',
	'gd.hint.oscillating.stuck':
		'Bolanya berayun melintasi dasar pada ketinggian yang sama: setiap langkah melampaui sama jauhnya dengan langkah sebelumnya, jadi dengan learning rate ini bola tidak akan diam maupun divergen.',
	'gd.hint.local':
		'Konvergen, tetapi ke minimum lokal di dekat x ≈ {local}. Minimum global ada di dekat x ≈ {global}, di balik bukit di x ≈ {hill}. Cekungan tempat Anda mulai menentukan di mana penurunan berakhir: mulailah di sebelah kiri bukit. Learning rate yang lebih besar hanya bisa lolos karena kebetulan, bila satu langkah kebetulan melompati bukit.',
	'gd.hint.oscillating':
		'Bolanya melompat bolak-balik melintasi dasar: setiap langkah melampaui minimum, tetapi makin sedikit, jadi bola mulai tenang. Learning rate yang lebih kecil akan membuatnya tenang tanpa melompat-lompat.',
	'gd.hint.slow':
		'Merayap: 20 langkah terakhir secara keseluruhan hanya menggeser x sedikit sekali. Kemiringan di sini kecil atau learning rate-nya sangat kecil.',
	'gd.chart.label': 'Loss setelah setiap langkah',
	'gd.ball.offscreen': 'bola di luar grafik, di x = {x}',
	'gd.chart.x': 'langkah',
	'gd.chart.y': 'loss (skala log simetris)',

	'net.title': 'Di dalam neural network kecil',
	'net.diagram': 'Diagram jaringan: input di kiri, hidden layer, output di kanan',
	'net.neuron.hidden': 'Neuron tersembunyi {n}: jumlah berbobot z = {z}, aktivasi a = {a}',
	'net.neuron.output': 'Neuron output: jumlah berbobot z = {z}, prediksi ŷ = {a}',
	'net.activation': 'Fungsi aktivasi lapisan tersembunyi',
	'net.act.sigmoid': 'sigmoid σ',
	'net.act.tanh': 'tanh',
	'net.act.relu': 'ReLU',
	'net.act.linear': 'linear (tanpa aktivasi)',
	'net.output': 'Output',
	'net.output.regression': 'regresi (output linear, SSE)',
	'net.output.classification': 'klasifikasi (output sigmoid, BCE)',
	'net.target.reg': 'Target y',
	'net.target.cls': 'Label y (0 atau 1)',
	'net.explain.hint':
		'Arahkan penunjuk, fokus (Tab) atau ketuk sebuah neuron untuk melihat perhitungannya beserta angkanya.',
	'net.values': 'Jumlah berbobot z dan aktivasi a setiap neuron',
	'net.neuron': 'Neuron',
	'net.hidden.n': 'Tersembunyi {n}',
	'net.out.n': 'Output',
	'net.loss.sse': 'Loss SSE = ½(y − ŷ)²',
	'net.loss.bce': 'Loss BCE = −[y·log q + (1 − y)·log(1 − q)]',
	'net.edit': 'Ubah input, bobot, dan bias',
	'net.inputs': 'Input',
	'net.size.inputs': '{n} input',
	'net.size.hidden': '{n} neuron tersembunyi',
	'net.size.add-input': 'Tambah input',
	'net.size.remove-input': 'Hapus input',
	'net.size.add-hidden': 'Tambah neuron tersembunyi',
	'net.size.remove-hidden': 'Hapus neuron tersembunyi',
	'net.shape.w1':
		'w1 berukuran {h}×{n}, padahal jaringan memerlukan 2–4 neuron tersembunyi (baris) dan 2–3 input (kolom).',
	'net.shape.x': 'x berisi {got} nilai, padahal w1 punya {n} kolom.',
	'net.shape.b1': 'b1 berisi {got} nilai, padahal ada {h} neuron tersembunyi.',
	'net.shape.w2': 'w2 berisi {got} nilai, padahal ada {h} neuron tersembunyi.',
	'net.shape.fallback':
		'Ukuran-ukuran jaringan tidak cocok: {problem} Yang ditampilkan jaringan bawaan (w1, x, b1, dan w2).',
	'net.y.label':
		'y = {value} bukan label: dalam klasifikasi kelas sebenarnya adalah 0 (OK) atau 1 (cacat), jadi dipakai y = {used}.',
	'net.shape.clamped': 'Beberapa bobot di w1 berada di luar {min}…{max} dan dipotong ke batasnya.',

	'bp.title': 'Backpropagation, satu tahap demi satu tahap',
	'bp.stages': 'Tahapan satu langkah pelatihan',
	'bp.stage.0': '1. Maju: lapisan tersembunyi',
	'bp.stage.1': '2. Maju: output',
	'bp.stage.2': '3. Loss',
	'bp.stage.3': '4. Error output δ',
	'bp.stage.4': '5. Gradien lapisan output',
	'bp.stage.5': '6. Error lapisan tersembunyi (aturan rantai)',
	'bp.stage.6': '7. Gradien lapisan tersembunyi',
	'bp.stage.7': '8. Pembaruan',
	'bp.stage.of': 'Tahap {n} dari {total}',
	'bp.round': 'langkah pelatihan yang sudah diterapkan: {n}',
	'bp.back': 'Mundur',
	'bp.next': 'Lanjut',
	'bp.apply': 'Simpan bobot baru dan ulangi',
	'bp.delta.sse': 'Untuk SSE dengan output linear, δ = ∂L/∂z = ŷ − y:',
	'bp.delta.bce': 'Untuk BCE dengan output sigmoid, suku q(1 − q) saling menghapus: δ = ∂L/∂z = q − y:',
	'bp.hidden.rule':
		'Gradien setiap bobot tersembunyi adalah error neuronnya dikali input yang dikalikannya: ∂L/∂wⱼᵢ = δⱼ·xᵢ, dan ∂L/∂bⱼ = δⱼ.',
	'bp.grad.w1': 'Gradien ∂L/∂w (baris = neuron tersembunyi, kolom = input)',
	'bp.new.w1': 'Bobot tersembunyi w yang sudah diperbarui (baris = neuron tersembunyi, kolom = input)',
	'bp.update.rule': 'Setiap bobot dan bias bergerak berlawanan arah dengan gradiennya: p ← p − {lr}·∂L/∂p.',
	'bp.new.loss': 'Loss pada contoh yang sama dengan bobot yang sudah diperbarui:',
	'bp.lower': 'lebih rendah daripada sebelumnya',
	'bp.higher': 'tidak lebih rendah: learning rate-nya kebablasan',

	'act.title': 'Fungsi aktivasi dan kemiringannya',
	'act.pick': 'Fungsi aktivasi g',
	'act.z': 'Input z',
	'act.plot': 'Grafik {fn} (garis utuh) dan turunannya (garis putus-putus); penanda ada di z yang dipilih',
	'act.handle': 'Input z (tombol panah menggesernya)',
	'act.legend.g': 'g(z)',
	'act.legend.d': 'kemiringan g′(z)',
	'act.table': 'Keempatnya di z = {z}',
	'act.note.sigmoid':
		'Sigmoid memampatkan z berapa pun ke dalam (0, 1), jadi bisa dibaca sebagai probabilitas. Kemiringannya paling besar 0,25 (di z = 0) dan hampir 0 untuk |z| yang besar: gradiennya memudar.',
	'act.note.tanh':
		'tanh memampatkan ke dalam (−1, 1) dan berpusat di 0; kemiringannya 1 di z = 0 dan memudar untuk |z| yang besar.',
	'act.note.relu':
		'ReLU meneruskan z positif apa adanya dan menjadikan z negatif nol. Kemiringannya 1 atau 0 (dianggap 0 di z = 0): murah dihitung, dan tidak memudar untuk z positif yang besar.',
	'act.note.linear':
		'Linear tidak mengubah apa-apa: g(z) = z, kemiringan 1. Jaringan yang hanya memakai aktivasi linear runtuh menjadi satu jumlah berbobot, berapa pun banyak lapisannya.',

	'fit.title': 'Underfitting dan overfitting',
	'fit.degree': 'Derajat polinomial',
	'fit.n': 'Titik data latih',
	'fit.noise': 'Noise',
	'fit.truth': 'Tampilkan kurva sebenarnya',
	'fit.new': 'Titik acak baru',
	'fit.capped':
		'Derajat {degree} memerlukan sedikitnya {degree} + 1 titik; dengan {n} titik, derajat tertingginya {used}.',
	'fit.plot':
		'Titik data latih (penuh), titik validasi (berongga) dan polinomial derajat {degree} yang dicocokkan',
	'fit.legend.train': 'titik data latih (dilihat saat pencocokan)',
	'fit.legend.val': 'titik validasi (disisihkan)',
	'fit.train.error': 'Error data latih (MSE)',
	'fit.val.error': 'Error validasi (MSE)',
	'fit.verdict.underfitting': 'Underfitting:',
	'fit.verdict.overfitting': 'Overfitting:',
	'fit.verdict.good': 'Kecocokan yang baik:',
	'fit.verdict.none':
		'Tidak ada kesimpulan: titik-titik ini tidak memungkinkan pencocokan untuk dibandingkan.',
	'fit.verdict.why.underfitting':
		'derajat {best} punya error validasi yang jelas lebih rendah ({bestError}, dibandingkan {error} di sini, di atas batas kecocokan baik {limit}): kurva ini terlalu sederhana untuk mengikuti polanya.',
	'fit.verdict.why.overfitting':
		'derajat {best} punya error validasi yang jelas lebih rendah ({bestError}, dibandingkan {error} di sini, di atas batas kecocokan baik {limit}): kurva ini melengkung mengikuti noise pada titik data latih.',
	'fit.verdict.why.good':
		'error validasinya ({error}) masih di dalam batas kecocokan baik {limit}: yang terendah di antara semua derajat (derajat {best}, {bestError}), ditambah 10%, ditambah 0,001.',
	'fit.data': 'Tampilkan titik-titik data',
	'fit.errors.table': 'Tampilkan error untuk setiap derajat',
	'fit.errors.plot': 'Error data latih dan validasi untuk setiap derajat',
	'fit.errors.y': 'error (skala log)',
	'fit.legend.trainerr': 'error data latih',
	'fit.legend.valerr': 'error validasi',

	'gd2.title': 'Gradient descent dalam dua dimensi',
	'gd2.fn.bowl': 'Mangkuk bundar: f = x² + y²',
	'gd2.fn.valley': 'Lembah sempit: f = x²/10 + 2y²',
	'gd2.plot': 'Garis kontur {fn} dilihat dari atas, titik awal, dan jalur langkah-langkahnya',
	'gd2.handle': 'Titik awal (tombol panah menggesernya)',
	'gd2.note.bowl': 'Di mangkuk bundar, arah turun langsung menunjuk ke minimum.',
	'gd2.note.valley':
		'Lembah ini 20 kali lebih curam melintang (y) daripada memanjang (x). Learning rate yang cukup besar untuk bergerak sepanjang lembah akan kebablasan saat melintanginya: jalurnya zig-zag. Momentum menghaluskan zig-zag itu.',
	'gd2.diverged':
		'Divergen: langkah-langkah melintasi lembah makin besar sampai titiknya keluar dari peta. Turunkan learning rate.',
	'gd2.help':
		'Klik atau seret pada peta (atau fokus pada lingkaran dan pakai tombol panah) untuk memilih titik awal. Paling banyak {max} langkah.',
	'gd.hint.swinging':
		'Berayun: bola sudah melewati minimum lalu berbalik. Momentum membawanya melewati dasar, jadi bola belum diam: langkah terakhirnya menggeser x sebesar {d}.'
};
