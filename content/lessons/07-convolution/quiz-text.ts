// The words of lesson 7's quiz, in every language (src/lib/quiz/text.ts).
import type { QuizText } from '$lib/quiz/text';

const en = {
	'patch.prompt':
		'The kernel 1 0 1 / 0 1 0 / 1 0 1 sits on the patch {patch} (rows split by /). What number does this position give in the feature map?',
	'patch.explain':
		"Multiply cell by cell and add: only the four corners and the centre of the patch have weight 1, so the sum is the patch's corners plus its centre: {terms} = {answer}.",
	'size.prompt':
		'A {n}×{n} image, a {k}×{k} kernel, stride {s}, zero padding {p}: how many columns does the feature map have?',
	'size.explain': '⌊(n + 2p − k) / s⌋ + 1 = ⌊({n} + {p2} − {k}) / {s}⌋ + 1 = {answer}.',
	'same.prompt':
		'With padding "same", a 3×3 kernel and stride {s}, how wide is the output for a {n}-pixel-wide input?',
	'same.explain': '"same" pads so that the output has ⌈n / s⌉ = ⌈{n} / {s}⌉ = {answer} cells.',
	'maps.input.rgb': 'an RGB image (3 channels)',
	'maps.input.gray': 'a grayscale image (1 channel)',
	'maps.input.16': 'the 16 feature maps of the layer before',
	'maps.input.32': 'the 32 feature maps of the layer before',
	'maps.why.per-channel': 'A filter covers all channels at once: it does not give one map per channel.',
	'maps.why.channels': 'That is the number of input channels, not of filters.',
	'maps.why.weights': '{k}·{k}·{c} is the number of weights in one filter.',
	'maps.why.right': 'One map per filter.',
	'maps.prompt':
		'A convolution layer with {f} filters of size {k}×{k} gets {input}. How many feature maps does it output?',
	'maps.spans.all': 'all {c} input channels',
	'maps.spans.one': 'the one input channel',
	'maps.explain':
		'Each filter spans {spans} ({k}·{k}·{c} weights) and gives one map, so {f} filters give {f} feature maps.',
	'learned.true.0': 'Their weights are learned by backpropagation.',
	'learned.true.1': 'The filter size is a hyperparameter chosen before training.',
	'learned.true.2': 'One filter is reused at every position of the image.',
	'learned.true.3': 'The number of filters is a hyperparameter chosen before training.',
	'learned.true.4': 'A filter whose only non-zero weight is off-centre shifts the image.',
	'learned.false.0': 'Someone must design each filter by hand, like Sobel.',
	'learned.false.0.why': 'Hand-made kernels show what filters can do; a CNN learns its own.',
	'learned.false.1': 'Each position of the image has a filter of its own.',
	'learned.false.1.why': 'One filter slides over every position: that is weight sharing.',
	'learned.false.2': 'The filter weights stay fixed once training starts.',
	'learned.false.2.why': 'Training changes exactly those weights, by backpropagation.',
	'learned.false.3': 'A 3×3 filter on an RGB image has 9 weights.',
	'learned.false.3.why': 'It spans the 3 channels too: 3·3·3 = 27 weights (and a bias).',
	'learned.prompt': 'Which statements about the filters of a convolution layer are true?',
	'learned.explain':
		'The weights are learned by backpropagation; the size and number of filters are hyperparameters you choose; one filter slides over the whole image (weight sharing), and spans all input channels. A kernel whose one weight sits off-centre copies a neighbour, so it shifts the picture by a pixel.',
	'task.way': 'stride {s}, padding {p}',
	'task.ways.join': '; ',
	'task.prompt': 'The input is {n}×{n} and the kernel 3×3. Set the stride and padding so that the output is {want}×{want}.',
	'task.height': 'The output height',
	'task.width': 'The output width',
	'task.explain': '⌊({n} + 2p − {k}) / s⌋ + 1 = {want} holds for {ways}.',
	'relu.red': 'red',
	'relu.green': 'green',
	'relu.blue': 'blue',
	'relu.channel': '{name}: patch {patch}, slice {slice}',
	'relu.channels.join': '; ',
	'relu.prompt': 'A 2×2×3 filter sits on a 2×2 RGB patch (rows split by /). {channels}. The bias is {bias} and the activation ReLU. {ask}',
	'relu.ask.pre': 'What is the pre-activation value, before ReLU?',
	'relu.ask.out': 'What is the output value?',
	'relu.explain':
		'Per channel: {sums}; their sum plus the bias is {terms} + ({bias}) = {pre}{after}, and ReLU gives max(0, {pre}) = {output}.',
	'relu.after': '; ReLU comes after it'
} as const;

type Key = keyof typeof en;

const id: Record<Key, string> = {
	'patch.prompt':
		'Kernel 1 0 1 / 0 1 0 / 1 0 1 diletakkan di atas potongan {patch} (baris dipisahkan dengan /). Angka berapa yang dihasilkan posisi ini di feature map?',
	'patch.explain':
		'Kalikan sel demi sel lalu jumlahkan: hanya keempat pojok dan pusat potongan yang berbobot 1, jadi jumlahnya adalah pojok-pojok potongan ditambah pusatnya: {terms} = {answer}.',
	'size.prompt':
		'Gambar {n}×{n}, kernel {k}×{k}, stride {s}, zero padding {p}: berapa kolom yang dimiliki feature map-nya?',
	'size.explain': 'Menurut rumus ukuran output, ⌊(n + 2p − k) / s⌋ + 1 = ⌊({n} + {p2} − {k}) / {s}⌋ + 1 = {answer} kolom.',
	'same.prompt':
		'Dengan padding "same", kernel 3×3, dan stride {s}, berapa lebar output untuk input selebar {n} piksel?',
	'same.explain': 'Padding "same" menambahkan padding sehingga outputnya memiliki ⌈n / s⌉ = ⌈{n} / {s}⌉ = {answer} sel.',
	'maps.input.rgb': 'gambar RGB (3 channel)',
	'maps.input.gray': 'gambar skala abu-abu (1 channel)',
	'maps.input.16': '16 feature map dari lapisan sebelumnya',
	'maps.input.32': '32 feature map dari lapisan sebelumnya',
	'maps.why.per-channel':
		'Satu filter mencakup semua channel sekaligus: filter tidak menghasilkan satu map per channel.',
	'maps.why.channels': 'Itu jumlah channel input, bukan jumlah filter.',
	'maps.why.weights': '{k}·{k}·{c} adalah jumlah bobot dalam satu filter.',
	'maps.why.right': 'Satu map per filter.',
	'maps.prompt':
		'Lapisan konvolusi dengan {f} filter berukuran {k}×{k} menerima {input}. Berapa feature map yang dikeluarkannya?',
	'maps.spans.all': 'ke-{c} channel input',
	'maps.spans.one': 'satu-satunya channel input',
	'maps.explain':
		'Setiap filter mencakup {spans} ({k}·{k}·{c} bobot) dan menghasilkan satu map, jadi {f} filter menghasilkan {f} feature map.',
	'learned.true.0': 'Bobotnya dipelajari lewat backpropagation.',
	'learned.true.1': 'Ukuran filter adalah hyperparameter yang dipilih sebelum pelatihan.',
	'learned.true.2': 'Satu filter dipakai ulang di setiap posisi gambar.',
	'learned.true.3': 'Jumlah filter adalah hyperparameter yang dipilih sebelum pelatihan.',
	'learned.true.4': 'Filter yang satu-satunya bobot bukan nolnya berada di luar pusat menggeser gambar.',
	'learned.false.0': 'Setiap filter harus dirancang seseorang dengan tangan, seperti Sobel.',
	'learned.false.0.why':
		'Kernel buatan tangan menunjukkan apa yang bisa dilakukan filter; CNN mempelajari kernelnya sendiri.',
	'learned.false.1': 'Setiap posisi gambar punya filternya sendiri.',
	'learned.false.1.why': 'Satu filter digeser ke setiap posisi: itulah weight sharing.',
	'learned.false.2': 'Bobot filter tetap, tidak berubah begitu pelatihan dimulai.',
	'learned.false.2.why': 'Pelatihan justru mengubah bobot-bobot itu, lewat backpropagation.',
	'learned.false.3': 'Filter 3×3 pada gambar RGB punya 9 bobot.',
	'learned.false.3.why': 'Filter itu juga mencakup 3 channel: 3·3·3 = 27 bobot (ditambah satu bias).',
	'learned.prompt': 'Pernyataan mana tentang filter sebuah lapisan konvolusi yang benar?',
	'learned.explain':
		'Bobotnya dipelajari lewat backpropagation; ukuran dan jumlah filter adalah hyperparameter yang Anda pilih; satu filter digeser ke seluruh gambar (weight sharing) dan mencakup semua channel input. Kernel yang satu-satunya bobotnya berada di luar pusat menyalin nilai tetangganya, sehingga gambar bergeser satu piksel.',
	'task.way': 'stride {s}, padding {p}',
	'task.ways.join': '; ',
	'task.prompt':
		'Inputnya {n}×{n} dan kernelnya 3×3. Atur stride dan padding sehingga outputnya {want}×{want}.',
	'task.height': 'Tinggi output',
	'task.width': 'Lebar output',
	'task.explain': '⌊({n} + 2p − {k}) / s⌋ + 1 = {want} berlaku untuk {ways}.',
	'relu.red': 'merah',
	'relu.green': 'hijau',
	'relu.blue': 'biru',
	'relu.channel': '{name}: potongan {patch}, irisan {slice}',
	'relu.channels.join': '; ',
	'relu.prompt':
		'Filter 2×2×3 diletakkan di atas potongan RGB 2×2 (baris dipisahkan dengan /). {channels}. Biasnya {bias} dan fungsi aktivasinya ReLU. {ask}',
	'relu.ask.pre': 'Berapa nilai pra-aktivasinya, sebelum ReLU?',
	'relu.ask.out': 'Berapa nilai outputnya?',
	'relu.explain':
		'Per channel: {sums}; jumlahnya ditambah bias adalah {terms} + ({bias}) = {pre}{after}, dan ReLU menghasilkan max(0, {pre}) = {output}.',
	'relu.after': '; ReLU diterapkan sesudahnya'
};

export const text: QuizText<Key> = { en, id };
