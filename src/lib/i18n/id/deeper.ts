import type { deeper as en } from '../en/deeper';
import type { Translation } from '../translation';

export const deeper: Translation<typeof en> = {
	'prev.title': 'Prevalensi: model yang sama di lini produksi yang berbeda',
	'prev.recall': 'Recall',
	'prev.specificity': 'Spesifisitas',
	'prev.prevalence': 'Tingkat cacat (prevalensi)',
	'prev.rate.dataset': '57% cacat (dataset)',
	'prev.rate.line': '2% cacat (lini produksi)',
	'prev.bayes': 'Precision menurut aturan Bayes',
	'prev.precision.undefined': 'tidak terdefinisi: tidak ada komponen yang ditandai',
	'prev.per-1000.caught': 'Cacat yang tertangkap per 1.000 komponen',
	'prev.per-1000.missed': 'Cacat yang terlewat per 1.000 komponen',
	'prev.per-1000.false-alarms': 'Alarm palsu per 1.000 komponen',
	'prev.array.caption':
		'1.000 komponen, satu kotak untuk masing-masing (jumlah harapan, dibulatkan ke komponen utuh)',
	'prev.array.label':
		'Diagram ikon 1.000 komponen: {caught} cacat tertangkap, {missed} terlewat, {alarms} alarm palsu, {ok} komponen OK diloloskan',
	'prev.array.help':
		'Komponen cacat ditampilkan lebih dulu, lalu yang OK. Dari semua komponen yang ditandai (kotak dan lingkaran terisi), precision adalah bagian yang berupa kotak terisi.',
	'prev.caught': 'cacat tertangkap',
	'prev.missed': 'cacat terlewat',
	'prev.false-alarms': 'alarm palsu',
	'prev.correct-ok': 'komponen OK diloloskan',
	'rf.title': 'Lapisan bertumpuk dan receptive field',
	'rf.layers': 'Lapisan, dari input ke output',
	'rf.layers.help':
		'conv<k>s<s> atau pool<k>s<s> dipisahkan koma (kernel k, stride s), satu sampai empat lapisan, tanpa padding. Tekan Enter atau Terapkan.',
	'rf.apply': 'Terapkan',
	'rf.stacks': 'Contoh tumpukan',
	'rf.size': 'Ukuran input (piksel per sisi)',
	'rf.channels': 'Channel masuk dan keluar setiap lapisan konvolusi',
	'rf.problem.layer': '“{token}” bukan lapisan: tulis conv<k>s<s> atau pool<k>s<s>, misalnya conv3s1.',
	'rf.problem.count': '{n} lapisan diberikan; paling banyak {max}.',
	'rf.msg.layers': 'Lapisan: {problem}',
	'rf.msg.too-wide':
		'Lapisan {layers} melihat {r}×{r} piksel input, lebih dari input terbesar di sini ({max}×{max}): lapisan sebelumnya tetap dipakai.',
	'rf.msg.grown':
		'Ukuran input {from} terlalu kecil untuk satu output lapisan-lapisan ini, yang melihat {to}×{to} piksel: dijadikan {to}.',
	'rf.msg.too-small': 'Ukuran input {n} lebih kecil daripada receptive field ({r}): dipakai {r}.',
	'rf.summary.field': 'Setiap output lapisan terakhir melihat',
	'rf.summary.pixels': 'piksel input',
	'rf.summary.jump': 'output yang bersebelahan berjarak sekian piksel input (jump)',
	'rf.summary.start': 'field output pertama berpusat di piksel input',
	'rf.table.caption': 'Rumus rekursinya, lapisan demi lapisan (′ menandai lapisan sebelumnya)',
	'rf.table.layer': 'Lapisan',
	'rf.table.out': 'Ukuran output',
	'rf.input': 'Input',
	'rf.grid.in': 'Piksel input: 1 di tempat yang dilihat output terpilih',
	'rf.grid.mid': 'Output lapisan {l}: 1 di tempat yang memengaruhi output terpilih',
	'rf.grid.out': 'Output lapisan terakhir: pilih sebuah sel',
	'rf.pick.help':
		'Klik sebuah sel di grid terakhir, atau fokus padanya dan pakai tombol panah, untuk menyalakan apa yang dilihatnya.',
	'rf.picked': 'terpilih: baris {row}, kolom {col}',
	'rf.weights.stack':
		'Bobot lapisan konvolusi dengan {c} channel masuk dan keluar (masing-masing k²·C², tanpa bias):',
	'rf.weights.single': 'satu lapisan konvolusi {r}×{r} yang melihat sejauh itu memerlukan {r}²·{c}² =',
	'rf.weights.pool': 'Lapisan pooling tidak punya bobot: lapisan ini memperlebar field tanpa biaya.',
	'ch.title': 'Channel, bias, dan fungsi aktivasi: satu filter pada potongan gambar RGB',
	'ch.name.0': 'Channel 0 (merah)',
	'ch.name.1': 'Channel 1 (hijau)',
	'ch.name.2': 'Channel 2 (biru)',
	'ch.input': 'Channel input',
	'ch.slice': 'Irisan filter',
	'ch.map': 'Cross-correlation-nya',
	'ch.pre': 'Pra-aktivasi: jumlah ketiga map, ditambah bias',
	'ch.output': 'Map output',
	'ch.layout': 'stride {stride}, padding {padding}',
	'ch.activation': 'Fungsi aktivasi',
	'ch.linear': 'linear (tanpa aktivasi)',
	'ch.bias': 'Bias',
	'ch.stride': 'Stride',
	'ch.padding': 'Zero padding',
	'ch.edit': 'Ubah input atau filter',
	'ch.edit.input':
		'Input: tiga matriks berukuran sama, satu per channel, dipisahkan dengan | (baris dengan ;, nilai dengan ,), paling besar 16×16.',
	'ch.edit.kernel': 'Filter: satu irisan persegi k×k per channel (k ≤ 5), dipisahkan dengan |.',
	'ch.apply.input': 'Pakai input ini',
	'ch.apply.kernel': 'Pakai filter ini',
	'ch.cell': 'Sel output baris {row}, kolom {col}',
	'ch.pick':
		'Klik sebuah sel di map output, atau fokus padanya dan pakai tombol panah, untuk melihat ketiga jumlahnya.',
	'ch.problem.count': 'ditemukan {n} matriks yang dipisahkan |; berikan tepat {want}, satu per channel.',
	'ch.problem.channel': 'channel {c}: {problem}',
	'ch.problem.square': 'channel {c}: irisan filternya {h}×{w}; harus persegi.',
	'ch.problem.magnitude': 'channel {c}: nilainya harus di antara −{max} dan {max}.',
	'ch.problem.sizes':
		'channel {c} berukuran {h}×{w}, channel 0 berukuran {h0}×{w0}; semua channel harus berukuran sama.',
	'ch.msg.refused': '{name} ditolak: {problem}',
	'ch.msg.nofit':
		'Kernel ({k}×{k} per channel) tidak muat di input {h}×{w} dengan padding {padding} dan stride {stride}: susunan sebelumnya tetap dipakai.',
	'opt.title': 'Gradient descent, momentum, dan Adam, berdampingan',
	'opt.fn': 'Loss',
	'opt.lr': 'Learning rate (untuk ketiganya)',
	'opt.steps': 'Langkah (untuk ketiganya)',
	'opt.beta': 'Momentum β',
	'opt.plot':
		'Grafik kontur loss {fn} dengan tiga jalur dari titik awal yang sama: gradient descent (garis utuh), momentum (putus-putus), Adam (titik-titik)',
	'opt.after': 'Setelah {n} langkah dengan learning rate {lr}',
	'opt.optimizer': 'Optimizer',
	'opt.loss': 'loss',
	'opt.gd': 'Gradient descent',
	'opt.momentum': 'Momentum',
	'opt.adam': 'Adam',
	'opt.diverged': 'divergen: melewati ±1.000.000 pada langkah {step}',
	'opt.note.bowl':
		'Di mangkuk bundar ketiganya langsung menuju minimum; momentum kebablasan lalu berayun kembali, sedangkan Adam di awal bergerak sekitar lr per langkah, berapa pun kemiringannya.',
	'opt.note.valley':
		'Di lembah sempit, gradient descent bergerak zig-zag melintang dan merayap memanjang; momentum menambah kecepatan sepanjang lembah; Adam menskalakan setiap koordinat dengan besar gradiennya sendiri, jadi arah yang landai bergerak secepat arah yang curam.',
	'opt.steps.table': 'Setiap langkah: x, y, dan loss-nya',
	'bp.nudge.title': 'Periksa sendiri sebuah gradien: geser satu parameter',
	'bp.nudge.help':
		'Geser satu bobot atau bias sebesar +h dan −h, hitung loss-nya dua kali, lalu bagi selisihnya dengan 2h. Kalau backprop-nya benar, kedua kemiringan itu sama sampai banyak digit.',
	'bp.nudge.param': 'Parameter yang digeser',
	'bp.nudge.h': 'Besar geseran h',
	'bp.nudge.numeric': 'Selisih tengah (central difference)',
	'bp.nudge.analytic': 'Nilai dari backprop ∂L/∂p',
	'bp.nudge.gap': 'Selisih keduanya',
	'bp.nudge.problem': '“{value}” bukan nama parameter: tulis w1-j-i, b1-j, w2-j atau b2.',
	'bp.nudge.unknown':
		'Parameter “nudge”: jaringan ini tidak punya “{value}” (yang ada {names}). Yang digeser w1-1-1.',
	'instructor.preset.prevalence.line':
		'Tingkat cacat 2%: recall dan spesifisitas sama, kebanyakan alarm palsu',
	'instructor.preset.prevalence.specific': 'Cacat 2% dengan spesifisitas 0,99: alarm palsu lebih sedikit',
	'instructor.preset.prevalence.none-flagged': 'Tidak ada yang ditandai: precision tidak terdefinisi',
	'instructor.preset.conv-channels.dark': 'Bias −20: semua pra-aktivasi negatif, ReLU menghasilkan map gelap',
	'instructor.preset.conv-channels.linear': 'Tanpa aktivasi: sudut yang negatif tetap negatif',
	'instructor.preset.conv-channels.same': 'Padding 1: output 5×5, jendela di sudut separuhnya di padding',
	'instructor.preset.optimizers.sixty':
		'60 langkah: momentum dan Adam dekat minimum, gradient descent masih merayap',
	'instructor.preset.optimizers.first-step':
		'Satu langkah: Adam bergerak 0,1 ke kedua arah, berapa pun kemiringannya',
	'instructor.preset.optimizers.diverge': 'Learning rate 0,6: gradient descent divergen, Adam tidak',
	'instructor.preset.optimizers.bowl': 'Mangkuk bundar: ketiganya langsung masuk',
	'instructor.preset.backprop-stepper.nudge-v1':
		'Pemeriksaan gradien pada v₁: −0,2717 menurut backprop dan menurut geseran',
	'instructor.preset.backprop-stepper.nudge-big-h':
		'Pemeriksaan gradien dengan h besar = 0,5: kedua nilai mulai berbeda',
	'instructor.preset.receptive-field.two-3x3':
		'Dua konvolusi 3×3 melihat 5×5 dengan bobot 18·C², bukan 25·C²',
	'instructor.preset.receptive-field.pool': 'Lapisan pooling di tengah menggandakan jump',
	'instructor.preset.receptive-field.gap': 'Stride lebih besar dari kernel: ada celah di dalam field',
	'rf.msg.cell':
		'Parameter “row”/“col”: ({row}, {col}) berada di luar output lapisan terakhir (baris dan kolom 0…{n}); dipakai sel terdekat.',
	'ch.msg.cell':
		'Parameter “row”/“col”: ({row}, {col}) berada di luar output (baris 0…{h}, kolom 0…{w}); dipakai sel terdekat.',
	'px.title': 'Piksel makin sedikit: kapan lubang kecil menghilang?',
	'px.sizes': 'Ukuran (piksel per sisi, paling banyak enam)',
	'px.sizes.help':
		'Bilangan bulat dari 4 sampai 300, dipisahkan koma; 300 adalah foto seperti yang disimpan di dataset.',
	'px.apply': 'Terapkan',
	'px.seed': 'Komponen (seed)',
	'px.another': 'Komponen lain',
	'px.mark': 'Tandai letak lubangnya',
	'px.summary.one':
		'Satu komponen, difoto pada 300 × 300 piksel, dengan satu lubang selebar {d} piksel. Setiap gambar di bawah adalah foto itu yang dirata-ratakan menjadi piksel yang lebih sedikit dan lebih besar, seperti yang dilihat kamera yang lebih kasar.',
	'px.summary.many':
		'Satu komponen, difoto pada 300 × 300 piksel, dengan {n} lubang, yang terbesar selebar {d} piksel. Setiap gambar di bawah adalah foto itu yang dirata-ratakan menjadi piksel yang lebih sedikit dan lebih besar, seperti yang dilihat kamera yang lebih kasar.',
	'px.size': '{n} × {n} piksel',
	'px.pit': 'Lebar lubangnya',
	'px.px': 'piksel;',
	'px.contrast': 'piksel tergelapnya sekian tingkat abu-abu (dari 255) lebih gelap daripada tanpa lubang:',
	'px.alt':
		'Komponen pada {n} × {n} piksel: lebar lubangnya {d} piksel dan membuat piksel tergelapnya {c} tingkat abu-abu lebih gelap.',
	'px.help':
		'Begitu lubangnya lebih sempit dari satu piksel, lubang itu hanya menggelapkan piksel tempatnya jatuh sebesar porsi luasnya di piksel itu: beberapa tingkat abu-abu saja, lebih kecil daripada tekstur komponen itu sendiri. Jaringan tidak bisa mempelajari cacat yang tidak lagi terlihat di inputnya.',
	'px.problem.count': '{n} ukuran diberikan; paling banyak {max}.',
	'px.problem.size': '“{value}”: {problem}',
	'px.note.repeat': 'Parameter “{name}”: {n} diberikan dua kali; ditampilkan sekali saja.',
	'px.msg.refused': 'Ukurannya ditolak: {problem}',
	'instructor.preset.pixelation.lab': 'Ukuran input lab: 32, 64, dan 128 piksel',
	'instructor.preset.pixelation.blowhole': 'Lubang yang lebih besar (seed 16): masih jelas pada 16 piksel',
	'gp.title': 'Flatten atau global pooling: apa yang diterima lapisan dense',
	'gp.example': 'Tiga feature map 4×4',
	'gp.map': 'Map {k}',
	'gp.flat': 'Flatten',
	'gp.global': 'Global max pooling',
	'gp.flat.example':
		'Setelah di-flatten, seperti di Keras (posisi demi posisi, ketiga map berselang-seling): {n} nilai, masing-masing terikat pada satu tempat di komponen.',
	'gp.global.example':
		'Global max pooling: nilai terbesar setiap map, {n} nilai, di mana pun letaknya di komponen.',
	'gp.count': 'Hitung bobot lapisan dense setelah masing-masing',
	'gp.size': 'Tinggi dan lebar feature map',
	'gp.channels': 'Jumlah feature map (channel)',
	'gp.units': 'Jumlah unit lapisan dense',
	'gp.table': 'Ke lapisan dense {u} unit dari feature map {h}×{h}×{c}',
	'gp.col.length': 'Panjang vektor',
	'gp.col.params': 'Parameter dense (input + 1 bias) × unit',
	'gp.help':
		'Model bawaan lab diakhiri global max pooling yang langsung masuk ke satu unit output-nya: 33 parameter, padahal flatten untuk map 8×8×32 memerlukan 2.049, dan tidak ada bobot yang terikat pada letak cacat di komponen.',
	'instructor.preset.global-pooling.hidden':
		'Lapisan dense 64 unit: 131.136 bobot setelah flatten, 2.112 setelah global pooling',
	'instructor.preset.global-pooling.large':
		'Input lebih besar (map 16×16×32): flatten membesar mengikuti gambar, global pooling tidak',
	'mb.title': 'SGD mini-batch di samping gradient descent full-batch, momentum, dan Adam',
	'mb.intro':
		'Paskan garis w·x + b ke {n} titik dengan kuadrat terkecil, mulai dari w = b = 0. Gradient descent full-batch, momentum, dan Adam memakai gradien atas semua titik di setiap pembaruan; SGD mini-batch hanya memakai satu batch, yang diacak ulang setiap putaran (epoch) dengan seed.',
	'mb.steps': 'Jumlah pembaruan (keempatnya)',
	'mb.batch': 'Ukuran batch SGD',
	'mb.seed': 'Seed pengacakan SGD',
	'mb.sgd': 'SGD mini-batch',
	'mb.loss': 'loss pada semua titik',
	'mb.plot': 'Loss setiap run pada semua titik setelah tiap pembaruan, dalam skala log',
	'mb.after': 'Setelah {n} pembaruan dengan learning rate {lr} (batch SGD berisi {batch})',
	'mb.help':
		'Setiap pembaruan SGD lebih murah (satu batch, bukan semua titik) tetapi berderau: loss-nya pada semua titik naik-turun, tidak turun dengan mulus. Dengan ukuran batch 8, ia kembali menjadi gradient descent full-batch.',
	'mb.batches': 'Titik yang dipakai setiap pembaruan SGD (1–8)',
	'instructor.preset.minibatch.one': 'Ukuran batch 1: SGD yang paling berderau',
	'instructor.preset.minibatch.full': 'Ukuran batch 8: SGD sama dengan gradient descent full-batch',
	'px.levels': 'tingkat abu-abu (dari 255)'
};
