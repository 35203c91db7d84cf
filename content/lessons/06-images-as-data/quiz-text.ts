// The words of lesson 6's quiz, in every language (src/lib/quiz/text.ts).
import type { QuizText } from '$lib/quiz/text';

const en = {
	'gray.prompt': 'A pixel has R = {R}, G = {G}, B = {B}. What is its gray value (BT.601)?',
	'gray.explain': '0.299 · {R} + 0.587 · {G} + 0.114 · {B} = {value} (stored as {stored}).',
	'shape.prompt': 'A {kind} image is {h} pixels high and {w} pixels wide. How many numbers does it hold?',
	'shape.kind.3': 'colour',
	'shape.kind.1': 'grayscale',
	'shape.explain': 'Its shape is H × W × C = {h} × {w} × {c}{why}, so {h} · {w} · {c} = {answer} numbers.',
	'shape.why.3': ' (R, G and B)',
	'shape.why.1': ' (one brightness per pixel)',
	'filter.prompt':
		"The 3 × 3 neighbourhood of a pixel is {patch} (rows split by /). What is the pixel's new value with the kernel {kernel}?",
	'filter.explain': 'Multiply each weight by the pixel under it and add: {terms} = {answer}.',
	'kernel.prompt':
		"You type the blur kernel {rows}. To keep the picture's brightness, every weight must be divided by what number?",
	'kernel.explain':
		'By the kernel sum, {terms} = {answer}; then the weights add up to 1 and a flat area keeps its value.',
	'edge.name.ridge': 'ridge',
	'edge.name.sobel-x': 'Sobel x',
	'edge.name.sobel-y': 'Sobel y',
	'edge.name.sharpen': 'sharpen',
	'edge.name.identity': 'identity',
	'edge.prompt': 'The {name} kernel {kernel} is applied to a flat area where every pixel is {v}. What comes out?',
	'edge.explain':
		'On a flat area every product is weight · {v}, so the output is (sum of the weights) · {v} = {sum} · {v} = {answer}. {note}',
	'edge.note.zero': 'Kernels summing to 0 answer only to change (edges).',
	'edge.note.one': 'A kernel summing to 1 keeps flat areas as they are.',
	'edge.why.clamp': 'Nothing is clamped here; the sum is computed exactly.',
	'edge.why.centre': 'That is only the centre term; the other weights count too.',
	'edge.why.sum': 'The weights sum to {sum}, so a flat area gives {sum} · {v}.',
	'layers.prompt': 'Which kind of CNN layer {does}?',
	'layers.explain':
		'{name}. In order: convolution makes feature maps, pooling shrinks them, flattening turns them into a vector, fully connected layers turn the vector into the answer.',
	'layer.conv': 'Convolution',
	'layer.conv.does': 'slides small learned kernels over its input and makes a feature map per kernel',
	'layer.conv.not': 'It makes feature maps; they are still 2-D.',
	'layer.pool': 'Pooling',
	'layer.pool.does': 'shrinks each feature map by keeping the maximum or mean of small windows',
	'layer.pool.not': 'Pooling makes maps smaller but keeps them 2-D.',
	'layer.flat': 'Flattening',
	'layer.flat.does': 'turns the 2-D feature maps into one long vector, computing nothing new',
	'layer.flat.not': 'Flattening only reshapes: it has no kernel and no neurons.',
	'layer.dense': 'Fully connected',
	'layer.dense.does': 'combines a vector of numbers into the answer, such as a probability',
	'layer.dense.not': 'Fully connected layers take the vector as input; they do not slide or shrink.',
	'pinhole.prompt':
		'A pinhole is {d} pixels across on a 300 × 300 photo. The photo is averaged down to {n} × {n} pixels. How many of the new pixels across is the pinhole?',
	'pinhole.explain':
		'Each new pixel covers 300 / {n} photo pixels per side, so the pinhole is {d} · {n} / 300 = {answer} {answer, plural, one {pixel} other {pixels}} across{tail}.',
	'pinhole.tail': ': less than one pixel, which it only darkens by its share of the area'
} as const;

type Key = keyof typeof en;

const id: Record<Key, string> = {
	'gray.prompt': 'Sebuah piksel bernilai R = {R}, G = {G}, B = {B}. Berapa nilai abu-abunya (BT.601)?',
	'gray.explain': '0,299 · {R} + 0,587 · {G} + 0,114 · {B} = {value} (disimpan sebagai {stored}).',
	'shape.prompt':
		'Sebuah gambar {kind} tingginya {h} piksel dan lebarnya {w} piksel. Berapa banyak angka yang dimuatnya?',
	'shape.kind.3': 'berwarna',
	'shape.kind.1': 'skala abu-abu',
	'shape.explain': 'Bentuknya H × W × C = {h} × {w} × {c}{why}, jadi {h} · {w} · {c} = {answer} angka.',
	'shape.why.3': ' (R, G, dan B)',
	'shape.why.1': ' (satu nilai kecerahan per piksel)',
	'filter.prompt':
		'Lingkungan 3 × 3 sebuah piksel adalah {patch} (baris dipisahkan dengan /). Berapa nilai baru piksel itu dengan kernel {kernel}?',
	'filter.explain': 'Kalikan setiap bobot dengan piksel di bawahnya, lalu jumlahkan: {terms} = {answer}.',
	'kernel.prompt':
		'Anda mengetik kernel blur {rows}. Agar kecerahan gambar tetap, setiap bobot harus dibagi dengan angka berapa?',
	'kernel.explain':
		'Dengan jumlah kernelnya: {terms} = {answer}; setelah itu jumlah bobotnya 1 dan daerah yang rata tetap bernilai sama.',
	'edge.name.ridge': 'ridge',
	'edge.name.sobel-x': 'Sobel x',
	'edge.name.sobel-y': 'Sobel y',
	'edge.name.sharpen': 'penajaman',
	'edge.name.identity': 'identitas',
	'edge.prompt':
		'Kernel {name}, yaitu {kernel}, diterapkan pada daerah rata yang setiap pikselnya bernilai {v}. Apa hasilnya?',
	'edge.explain':
		'Di daerah rata setiap hasil kalinya adalah bobot · {v}, jadi outputnya (jumlah bobot) · {v} = {sum} · {v} = {answer}. {note}',
	'edge.note.zero': 'Kernel yang jumlahnya 0 hanya bereaksi terhadap perubahan (tepi).',
	'edge.note.one': 'Kernel yang jumlahnya 1 membiarkan daerah rata seperti semula.',
	'edge.why.clamp': 'Tidak ada yang dipotong di sini; jumlahnya dihitung persis.',
	'edge.why.centre': 'Itu hanya suku di pusat kernel; bobot-bobot lainnya ikut dihitung.',
	'edge.why.sum': 'Jumlah bobotnya {sum}, jadi daerah rata menghasilkan {sum} · {v}.',
	'layers.prompt': 'Jenis lapisan CNN mana yang {does}?',
	'layers.explain':
		'{name}. Urutannya: konvolusi membuat feature map, pooling mengecilkannya, flattening mengubahnya menjadi vektor, dan lapisan fully connected mengubah vektor itu menjadi jawaban.',
	'layer.conv': 'Konvolusi',
	'layer.conv.does':
		'menggeser kernel-kernel kecil yang dipelajarinya di atas input dan membuat satu feature map per kernel',
	'layer.conv.not': 'Lapisan ini membuat feature map; hasilnya masih 2-D.',
	'layer.pool': 'Pooling',
	'layer.pool.does': 'mengecilkan setiap feature map dengan mengambil nilai maksimum atau rata-rata dari jendela-jendela kecil',
	'layer.pool.not': 'Pooling membuat map lebih kecil, tetapi tetap 2-D.',
	'layer.flat': 'Flattening',
	'layer.flat.does': 'mengubah feature map 2-D menjadi satu vektor panjang tanpa menghitung apa pun yang baru',
	'layer.flat.not': 'Flattening hanya mengubah bentuk: tidak punya kernel dan tidak punya neuron.',
	'layer.dense': 'Lapisan fully connected',
	'layer.dense.does': 'menggabungkan sebuah vektor angka menjadi jawaban, misalnya sebuah probabilitas',
	'layer.dense.not': 'Lapisan fully connected menerima vektor sebagai input; lapisan ini tidak menggeser dan tidak mengecilkan.',
	'pinhole.prompt':
		'Sebuah lubang kecil lebarnya {d} piksel pada foto 300 × 300. Foto itu dirata-ratakan menjadi {n} × {n} piksel. Berapa lebar lubang itu dalam piksel baru?',
	'pinhole.explain':
		'Setiap piksel baru menutupi 300 / {n} piksel foto per sisi, jadi lebar lubang itu {d} · {n} / 300 = {answer} piksel{tail}.',
	'pinhole.tail': ': kurang dari satu piksel, yang hanya digelapkannya sebesar bagiannya dari luas piksel itu'
};

export const text: QuizText<Key> = { en, id };
