// The words of lesson 8's quiz, in every language (src/lib/quiz/text.ts).
import type { QuizText } from '$lib/quiz/text';

const en = {
	'window.prompt': 'A 2×2 window holds {window} (rows split by /). What does {mode} pooling keep?',
	'window.mode.max': 'max',
	'window.mode.avg': 'average',
	'window.explain.max': 'Max pooling keeps the largest value: {answer}.',
	'window.explain.avg': 'Average pooling keeps the mean: ({terms}) / 4 = {answer}.',
	'size.prompt':
		'A {n}×{n} feature map is pooled with a {size}×{size} window and stride {stride}. How wide is the pooled map?',
	'size.explain': '⌊(n − size) / stride⌋ + 1 = ⌊({n} − {size}) / {stride}⌋ + 1 = {answer}.',
	'flat.prompt':
		'{c, plural, one {One feature map of {side}×{side} is} other {# feature maps of {side}×{side} are}} max-pooled with a 2×2 window and stride 2, then flattened. How long is the vector?',
	'flat.explain':
		'Each map becomes {h}×{h} = {perMap} values; {c} {c, plural, one {map gives} other {maps give}} {perMap} × {c} = {answer}.',
	'why.true.smaller': 'It makes the feature maps smaller.',
	'why.true.max': 'It keeps the strongest response in each window.',
	'why.true.average': 'It keeps the mean response of each window.',
	'why.true.no-weights': 'It has no weights to learn.',
	'why.true.per-map': 'It works on each feature map separately.',
	'why.false.learned': 'It has weights learned by backpropagation.',
	'why.false.learned.why': 'Pooling is a fixed rule: max or mean. It has nothing to learn.',
	'why.false.vector': 'It turns the feature map into a vector.',
	'why.false.vector.why': 'That is flattening; pooling keeps a grid, only smaller.',
	'why.false.mix': 'It mixes the feature maps into one.',
	'why.false.mix.why': 'Each map is pooled on its own: the number of maps stays the same.',
	'why.false.max': 'It keeps the mean of each window.',
	'why.false.max.why': 'That is average pooling.',
	'why.false.average': 'It keeps the largest value of each window.',
	'why.false.average.why': 'That is max pooling.',
	'why.prompt.max': 'Which are true of a max-pooling layer?',
	'why.prompt.average': 'Which are true of an average-pooling layer?',
	'why.explain':
		'Pooling is a fixed rule with no weights, applied to each map on its own; it shrinks the maps and keeps the {kept} of each window, which also makes the network less sensitive to small shifts.',
	'why.kept.max': 'strongest response',
	'why.kept.average': 'mean',
	'rf.conv': 'a {k}×{k} convolution (stride 1)',
	'rf.pool': 'a 2×2 max pool (stride 2)',
	'rf.then': ', then ',
	'rf.work.join': '; ',
	'rf.prompt':
		'A network applies, in order, {layers}, with no padding. How many input pixels wide is the receptive field of one output of the last layer?',
	'rf.explain':
		'Start at r = 1 with jump 1; each layer adds (k − 1) times the jump so far, and a stride multiplies the jump: {work}.',
	'gp.global': 'global max pooling',
	'gp.flatten': 'flattening',
	'gp.prompt':
		'The last convolution block leaves {size}×{size}×{channels} feature maps. After {how}, a dense layer of {units} {units, plural, one {unit} other {units}} follows. How many parameters (weights and biases) does that dense layer have?',
	'gp.inputs.global': 'Global max pooling keeps one value per map: {n} inputs.',
	'gp.inputs.flatten': 'Flattening gives {size}·{size}·{channels} = {n} inputs.',
	'gp.explain': '{inputs} Each unit has one weight per input and a bias: ({n} + 1)·{units} = {answer}.'
} as const;

type Key = keyof typeof en;

const id: Record<Key, string> = {
	'window.prompt':
		'Sebuah jendela 2×2 berisi {window} (baris dipisahkan dengan /). Nilai berapa yang dipertahankan {mode}?',
	'window.mode.max': 'max pooling',
	'window.mode.avg': 'average pooling',
	'window.explain.max': 'Max pooling mempertahankan nilai terbesar: {answer}.',
	'window.explain.avg': 'Average pooling mempertahankan rata-ratanya: ({terms}) / 4 = {answer}.',
	'size.prompt':
		'Feature map {n}×{n} di-pooling dengan jendela {size}×{size} dan stride {stride}. Berapa lebar map hasil pooling-nya?',
	'size.explain':
		'Menurut rumus ukuran hasil pooling, ⌊(n − size) / stride⌋ + 1 = ⌊({n} − {size}) / {stride}⌋ + 1 = {answer} sel.',
	'flat.prompt':
		'{c, plural, =1 {Satu feature map berukuran {side}×{side}} other {# feature map berukuran {side}×{side}}} di-max-pooling dengan jendela 2×2 dan stride 2, lalu di-flatten. Berapa panjang vektornya?',
	'flat.explain': 'Setiap map menjadi {h}×{h} = {perMap} nilai; {c} map menghasilkan {perMap} × {c} = {answer}.',
	'why.true.smaller': 'Lapisan ini membuat feature map lebih kecil.',
	'why.true.max': 'Lapisan ini mempertahankan respons terkuat di setiap jendela.',
	'why.true.average': 'Lapisan ini mempertahankan rata-rata respons di setiap jendela.',
	'why.true.no-weights': 'Lapisan ini tidak punya bobot yang harus dipelajari.',
	'why.true.per-map': 'Lapisan ini bekerja pada setiap feature map secara terpisah.',
	'why.false.learned': 'Lapisan ini punya bobot yang dipelajari lewat backpropagation.',
	'why.false.learned.why': 'Pooling adalah aturan yang tetap: max atau rata-rata. Tidak ada yang perlu dipelajari.',
	'why.false.vector': 'Lapisan ini mengubah feature map menjadi vektor.',
	'why.false.vector.why': 'Itu flattening; pooling tetap menghasilkan grid, hanya lebih kecil.',
	'why.false.mix': 'Lapisan ini mencampur semua feature map menjadi satu.',
	'why.false.mix.why': 'Setiap map di-pooling sendiri-sendiri: jumlah map tetap sama.',
	'why.false.max': 'Lapisan ini mempertahankan rata-rata setiap jendela.',
	'why.false.max.why': 'Itu average pooling.',
	'why.false.average': 'Lapisan ini mempertahankan nilai terbesar setiap jendela.',
	'why.false.average.why': 'Itu max pooling.',
	'why.prompt.max': 'Pernyataan mana yang benar tentang lapisan max pooling?',
	'why.prompt.average': 'Pernyataan mana yang benar tentang lapisan average pooling?',
	'why.explain':
		'Pooling adalah aturan yang tetap tanpa bobot, diterapkan pada setiap map sendiri-sendiri; pooling mengecilkan map dan mempertahankan {kept} setiap jendela, yang juga membuat jaringan kurang peka terhadap pergeseran kecil.',
	'why.kept.max': 'respons terkuat',
	'why.kept.average': 'rata-rata',
	'rf.conv': 'konvolusi {k}×{k} (stride 1)',
	'rf.pool': 'max pool 2×2 (stride 2)',
	'rf.then': ', lalu ',
	'rf.work.join': '; ',
	'rf.prompt':
		'Sebuah jaringan menerapkan, berurutan, {layers}, tanpa padding. Berapa piksel input lebar receptive field sebuah output dari lapisan terakhir?',
	'rf.explain':
		'Mulai dari r = 1 dengan jump 1; setiap lapisan menambahkan (k − 1) kali jump sejauh ini, dan stride mengalikan jump: {work}.',
	'gp.global': 'global max pooling',
	'gp.flatten': 'flattening',
	'gp.prompt':
		'Blok konvolusi terakhir menyisakan feature map {size}×{size}×{channels}. Sesudah {how}, menyusul lapisan dense berisi {units} unit. Berapa parameter (bobot dan bias) yang dimiliki lapisan dense itu?',
	'gp.inputs.global': 'Global max pooling mempertahankan satu nilai per map: {n} input.',
	'gp.inputs.flatten': 'Flattening menghasilkan {size}·{size}·{channels} = {n} input.',
	'gp.explain':
		'{inputs} Setiap unit punya satu bobot per input dan satu bias: ({n} + 1)·{units} = {answer}.'
};

export const text: QuizText<Key> = { en, id };
