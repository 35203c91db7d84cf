// The words of lesson 3's quiz, in every language (src/lib/quiz/text.ts).
import type { QuizText } from '$lib/quiz/text';

const en = {
	'sum.prompt':
		'A neuron has inputs x₁ = {x1}, x₂ = {x2}, weights w₁ = {w1}, w₂ = {w2} and bias b = {b}. What is its weighted sum z?',
	'sum.explain': 'z = w₁x₁ + w₂x₂ + b = {worked} = {z}.',
	'sigmoid.prompt':
		'A hidden neuron with the sigmoid activation has weighted sum z = {z}. What does it output? (Two decimals are enough.)',
	'sigmoid.explain': 'σ(z) = 1 / (1 + e^(−z)) = 1 / (1 + e^({mz})) ≈ {a}.',
	'sse.prompt':
		'A regression network predicts ŷ = {yhat} for an example whose true value is y = {y}. What is the sum of squared errors SSE = ½(y − ŷ)²?',
	'sse.explain': 'SSE = ½({y} − ({yhat}))² = ½ × {diff}² ≈ {answer}.',
	'bce.prompt':
		'A classifier says the probability that a casting is defective is q = {q}. The casting is {state}. What is the binary cross-entropy? (Natural logarithm.)',
	'bce.defective': 'defective (y = 1)',
	'bce.fine': 'fine (y = 0)',
	'bce.explain.1': 'With y = 1 only the first term is left: −log q = −log {q} ≈ {answer}.',
	'bce.explain.0': 'With y = 0 only the second term is left: −log(1 − q) = −log {rest} ≈ {answer}.',
	'nonlinear.prompt.0': 'Why does a network need a non-linear activation between its layers?',
	'nonlinear.prompt.1':
		'A network has {layers, plural, one {# hidden layer} other {# hidden layers}}, all with the linear activation g(z) = z. What can it compute?',
	'nonlinear.prompt.2':
		'You replace the ReLU in all {layers} hidden layers of a two-input classifier by g(z) = z. What boundary can it now draw between the classes?',
	'nonlinear.right.0': 'Without one, any stack of layers is one linear function of the inputs',
	'nonlinear.right.1': 'Only a linear function of its inputs, as one layer would',
	'nonlinear.right.2': 'Only a straight line, just as one single neuron would',
	'nonlinear.explain':
		'A linear function of a linear function is linear: without a non-linearity, {what} collapse into one weighted sum and can only draw straight boundaries.',
	'nonlinear.stacked': 'stacked layers',
	'nonlinear.the-layers': 'the {layers, plural, one {# layer} other {# layers}}',
	'nonlinear.sums': 'Without one, the neurons could not compute their weighted sums at all',
	'nonlinear.sums.why': 'Weighted sums are what neurons compute anyway; the activation comes after.',
	'nonlinear.any': 'Any function at all, given enough neurons in each layer',
	'nonlinear.any.why': 'Width does not help: a sum of linear functions is still linear.',
	'nonlinear.faster': 'Non-linear activations make the forward pass faster',
	'nonlinear.faster.why': 'They add work, if anything; they are there for what the network can represent.',
	'nonlinear.curve': 'A curve, since several layers are stacked',
	'nonlinear.curve.why': 'Depth without a non-linearity adds nothing: the layers multiply out into one.',
	'task.0': 'say whether a casting is defective, as a probability',
	'task.1': 'give the probability that a weld has a pore',
	'task.2': 'predict the wall thickness of a casting in millimetres',
	'task.3': 'predict tomorrow’s furnace temperature in °C',
	'output.prompt': 'A network must {task}. What should its output layer and cost be?',
	'output.explain.cls':
		'A sigmoid squashes the output into (0, 1), so it reads as a probability; the cost is then binary cross-entropy.',
	'output.explain.reg':
		'The answer can be any number, so the output is one linear neuron, and the cost is the sum of squared errors.',
	'output.sigmoid': 'One sigmoid neuron, with binary cross-entropy',
	'output.sigmoid.why': 'A sigmoid can only say 0…1: no thickness or temperature fits in that.',
	'output.linear': 'One linear neuron, with sum of squared errors',
	'output.linear.why': 'Its output can be any number, not a probability.',
	'output.relu': 'One ReLU neuron, with binary cross-entropy',
	'output.relu.why': 'ReLU outputs can exceed 1 (so they are no probability), and never go below 0.'
} as const;

type Key = keyof typeof en;

const id: Record<Key, string> = {
	'sum.prompt':
		'Sebuah neuron punya input x₁ = {x1}, x₂ = {x2}, bobot w₁ = {w1}, w₂ = {w2} dan bias b = {b}. Berapa jumlah berbobotnya, z?',
	'sum.explain': 'Masukkan angka-angkanya ke z = w₁x₁ + w₂x₂ + b: {worked} = {z}.',
	'sigmoid.prompt':
		'Sebuah neuron tersembunyi dengan fungsi aktivasi sigmoid punya jumlah berbobot z = {z}. Berapa output-nya? (Dua angka desimal sudah cukup.)',
	'sigmoid.explain': 'Dengan σ(z) = 1 / (1 + e^(−z)): 1 / (1 + e^({mz})) ≈ {a}.',
	'sse.prompt':
		'Sebuah jaringan regresi memprediksi ŷ = {yhat} untuk contoh yang nilai sebenarnya y = {y}. Berapa sum of squared errors SSE = ½(y − ŷ)²?',
	'sse.explain': 'Masukkan angka-angkanya ke SSE = ½(y − ŷ)²: ½({y} − ({yhat}))² = ½ × {diff}² ≈ {answer}.',
	'bce.prompt':
		'Sebuah classifier menyatakan bahwa peluang sebuah coran cacat adalah q = {q}. Coran itu {state}. Berapa binary cross-entropy-nya? (Pakai logaritma natural.)',
	'bce.defective': 'memang cacat (y = 1)',
	'bce.fine': 'baik (y = 0)',
	'bce.explain.1': 'Untuk y = 1 hanya suku pertama yang tersisa: −log q = −log {q} ≈ {answer}.',
	'bce.explain.0': 'Untuk y = 0 hanya suku kedua yang tersisa: −log(1 − q) = −log {rest} ≈ {answer}.',
	'nonlinear.prompt.0': 'Mengapa sebuah jaringan memerlukan fungsi aktivasi non-linear di antara lapisan-lapisannya?',
	'nonlinear.prompt.1':
		'Sebuah jaringan punya {layers} lapisan tersembunyi, semuanya dengan aktivasi linear g(z) = z. Apa yang bisa dihitungnya?',
	'nonlinear.prompt.2':
		'Anda mengganti ReLU di semua {layers} lapisan tersembunyi sebuah classifier dua input dengan g(z) = z. Batas seperti apa yang sekarang bisa ditarik jaringan itu di antara kelas-kelasnya?',
	'nonlinear.right.0': 'Tanpanya, tumpukan lapisan apa pun hanyalah satu fungsi linear dari input',
	'nonlinear.right.1': 'Hanya fungsi linear dari input-nya, sama seperti satu lapisan',
	'nonlinear.right.2': 'Hanya garis lurus, sama seperti satu neuron saja',
	'nonlinear.explain':
		'Fungsi linear dari fungsi linear tetap linear: tanpa non-linearitas, {what} melebur menjadi satu jumlah berbobot dan hanya bisa menarik batas lurus.',
	'nonlinear.stacked': 'lapisan-lapisan yang ditumpuk',
	'nonlinear.the-layers': '{layers} lapisan itu',
	'nonlinear.sums': 'Tanpanya, neuron sama sekali tidak bisa menghitung jumlah berbobotnya',
	'nonlinear.sums.why': 'Jumlah berbobot memang selalu dihitung neuron; fungsi aktivasi baru diterapkan sesudahnya.',
	'nonlinear.any': 'Fungsi apa saja, asalkan setiap lapisan punya cukup banyak neuron',
	'nonlinear.any.why': 'Lebar jaringan tidak menolong: jumlah dari fungsi-fungsi linear tetap linear.',
	'nonlinear.faster': 'Fungsi aktivasi non-linear membuat forward pass lebih cepat',
	'nonlinear.faster.why':
		'Kalaupun berpengaruh, justru menambah pekerjaan; fungsinya adalah memperluas apa yang bisa direpresentasikan jaringan.',
	'nonlinear.curve': 'Sebuah kurva, karena beberapa lapisan ditumpuk',
	'nonlinear.curve.why': 'Kedalaman tanpa non-linearitas tidak menambah apa-apa: lapisan-lapisannya terkalikan menjadi satu.',
	'task.0': 'menyatakan apakah sebuah coran cacat, dalam bentuk peluang',
	'task.1': 'memberi peluang bahwa sebuah las memiliki pori',
	'task.2': 'memprediksi tebal dinding sebuah coran dalam milimeter',
	'task.3': 'memprediksi suhu tungku besok dalam °C',
	'output.prompt': 'Sebuah jaringan harus {task}. Lapisan output dan fungsi biaya apa yang seharusnya dipakai?',
	'output.explain.cls':
		'Sigmoid memampatkan output ke dalam (0, 1), sehingga bisa dibaca sebagai peluang; fungsi biayanya lalu binary cross-entropy.',
	'output.explain.reg':
		'Jawabannya bisa berupa angka berapa saja, jadi output-nya satu neuron linear, dan fungsi biayanya sum of squared errors.',
	'output.sigmoid': 'Satu neuron sigmoid, dengan binary cross-entropy',
	'output.sigmoid.why': 'Sigmoid hanya bisa menyatakan 0…1: tidak ada tebal atau suhu yang muat di situ.',
	'output.linear': 'Satu neuron linear, dengan sum of squared errors',
	'output.linear.why': 'Output-nya bisa berupa angka berapa saja, bukan peluang.',
	'output.relu': 'Satu neuron ReLU, dengan binary cross-entropy',
	'output.relu.why': 'Output ReLU bisa lebih dari 1 (jadi bukan peluang), dan tidak pernah di bawah 0.'
};

export const text: QuizText<Key> = { en, id };
