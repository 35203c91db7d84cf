// The words of lesson 4's quiz, in every language (src/lib/quiz/text.ts).
import type { QuizText } from '$lib/quiz/text';

const en = {
	'gd.prompt':
		'Gradient descent on f(x) = x² starts at x₀ = {x0} with learning rate η = {lr}. Where is x after one step?',
	'gd.explain': 'f′(x) = 2x = {d}, so x₁ = {x0} − {lr} × {d} = {x1}.',
	'dw.prompt':
		'On f(x) = x⁴ − 3x² + x (slope f′(x) = 4x³ − 6x + 1), take one gradient-descent step from x₀ = {x0} with η = {lr}. What is x₁?',
	'dw.explain': 'f′({x0}) = {d}, so x₁ = {x0} − {lr} × ({d}) = {x1}.',
	'large.prompt': 'Gradient descent on f(x) = x² with η = {lr}, starting at x₀ = {x0}. What happens?',
	'large.smooth': 'It walks down one side of the bowl and settles at 0',
	'large.jumps': 'It jumps across the minimum, less far each time, and settles',
	'large.diverges': 'It jumps across the minimum, further each time: it diverges',
	'large.cycle': 'It jumps between the same two points for ever',
	'large.explain': 'Each step multiplies x by 1 − 2η = {factor}: x₁ = {x1}. {why}',
	'large.why.smooth': 'The factor is between 0 and 1, so x shrinks towards 0 without changing sign.',
	'large.why.jumps':
		'The factor is negative but above −1, so x changes sign and shrinks: it converges while bouncing.',
	'large.why.diverges': 'The factor is below −1, so each jump is bigger than the last: it diverges.',
	'large.why.cycle': 'The factor is exactly −1, so x flips between the same two values and never settles.',
	'out.prompt':
		'A regression network (SSE loss, linear output) predicts ŷ = {yhat} for a target y = {y}. Hidden neuron 1 has activation a₁ = {a}. What is ∂L/∂v₁, the gradient for the weight from hidden neuron 1 to the output?',
	'out.explain': 'δ = ŷ − y = {d}, and ∂L/∂v₁ = δ·a₁ = {d} × {a} = {g}.',
	'order.prompt.0': 'In backpropagation, which gradients are computed first?',
	'order.right.0': 'The output layer’s, then the hidden layer’s',
	'order.wrong.0.0': 'The hidden layer’s, then the output layer’s',
	'order.wrong.0.1': 'All at once, independently of each other',
	'order.prompt.1': 'To compute the hidden error δⱼ = δ·vⱼ·g′(zⱼ) of a hidden neuron, what must you know already?',
	'order.right.1': 'The output error δ and the weight vⱼ',
	'order.wrong.1.0': 'Only the inputs xᵢ and the target y of the network',
	'order.wrong.1.1': 'The updated weights from the end of this step',
	'order.prompt.2': 'Why is backpropagation done backwards, from the cost towards the inputs?',
	'order.right.2': 'Each layer’s error is built from the next one’s',
	'order.wrong.2.0': 'The inputs change during the backward pass, so they go last',
	'order.wrong.2.1': 'The forward pass needs all the gradients first',
	'order.prompt.3': 'A network has two hidden layers. In backpropagation, whose error δ is computed last?',
	'order.right.3': 'The first hidden layer’s',
	'order.wrong.3.0': 'The output layer’s',
	'order.wrong.3.1': 'The second hidden layer’s',
	'order.explain':
		'The hidden errors δⱼ = δ·vⱼ·g′(zⱼ) need the output error δ, so the output layer comes first and the chain rule carries its error back, reusing it.',
	'order.why':
		'The chain rule links the layers: each layer reuses the error of the layer after it, so the output comes first.',
	'fit.prompt':
		'A model reaches a training error of {train} and a validation error of {val}. What is the most likely diagnosis?',
	'fit.overfitting': 'Overfitting: it learned the training data, noise included',
	'fit.underfitting': 'Underfitting: it is too simple for the pattern',
	'fit.good': 'A good fit: both errors are low and close',
	'fit.explain.overfitting':
		'Training error {train} far below validation error {val}: the model has learned its training examples, noise included, rather than the pattern.',
	'fit.explain.underfitting':
		'Both errors are high ({train} and {val}) and close: the model cannot even fit its training data.',
	'fit.explain.good':
		'Both errors are low ({train} and {val}) and close together: the model fits the pattern and it carries over to new data.',
	'adam.prompt':
		'Adam (β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸, learning rate η = {lr}) minimises f(x) = {a}·x², starting at x₀ = {x0}. Where is x after the first step?',
	'adam.explain':
		'The gradient is g = {ga}·x₀ = {g}. After one step m = 0.1·g and u = 0.001·g², and the bias correction divides them by 0.1 and 0.001 again: m̂ = g, û = g². So the step is η·g/(|g| + ε) ≈ η·sign(g): x₁ = {x0} − {lr}·{sign} ≈ {x1}, whatever the slope.',
	'cd.prompt':
		'Nudging a weight by +h = {h} gives a loss of {plus}; nudging it by −h gives {minus}. What is the central-difference estimate of ∂L/∂w?',
	'cd.explain':
		'(L(w + h) − L(w − h)) / 2h = ({plus} − {minus}) / {h2} = {answer}. Backprop should give nearly the same number.',
	'mb.prompt':
		'A training set holds {n} images and mini-batch SGD uses batches of {batch}. How many weight updates does one epoch (one pass over every image) make?',
	'mb.explain':
		'Each update uses one batch, so an epoch makes ⌈{n} / {batch}⌉ = {answer, plural, one {# update} other {# updates}}{rest}. Full-batch descent would make one.',
	'mb.rest': '; the last batch holds the {last, plural, one {# image} other {# images}} left over'
} as const;

type Key = keyof typeof en;

const id: Record<Key, string> = {
	'gd.prompt':
		'Gradient descent pada f(x) = x² dimulai di x₀ = {x0} dengan learning rate η = {lr}. Di mana x setelah satu langkah?',
	'gd.explain': 'f′(x) = 2x = {d}, jadi x₁ = {x0} − {lr} × {d} = {x1}.',
	'dw.prompt':
		'Pada f(x) = x⁴ − 3x² + x (kemiringannya f′(x) = 4x³ − 6x + 1), ambil satu langkah gradient descent dari x₀ = {x0} dengan η = {lr}. Berapa x₁?',
	'dw.explain': 'f′({x0}) = {d}, jadi x₁ = {x0} − {lr} × ({d}) = {x1}.',
	'large.prompt': 'Gradient descent pada f(x) = x² dengan η = {lr}, dimulai di x₀ = {x0}. Apa yang terjadi?',
	'large.smooth': 'x menuruni satu sisi mangkuk lalu tenang di 0',
	'large.jumps': 'x melompat melintasi minimum, makin dekat setiap kali, lalu tenang',
	'large.diverges': 'x melompat melintasi minimum, makin jauh setiap kali: divergen',
	'large.cycle': 'x melompat bolak-balik di antara dua titik yang sama, selamanya',
	'large.explain': 'Setiap langkah mengalikan x dengan 1 − 2η = {factor}: x₁ = {x1}. {why}',
	'large.why.smooth': 'Faktornya di antara 0 dan 1, jadi x menyusut menuju 0 tanpa berganti tanda.',
	'large.why.jumps':
		'Faktornya negatif tetapi di atas −1, jadi x berganti tanda sambil menyusut: konvergen sambil memantul.',
	'large.why.diverges': 'Faktornya di bawah −1, jadi setiap lompatan lebih besar daripada sebelumnya: divergen.',
	'large.why.cycle':
		'Faktornya tepat −1, jadi x berganti-ganti di antara dua nilai yang sama dan tidak pernah tenang.',
	'out.prompt':
		'Sebuah jaringan regresi (loss SSE, output linear) memprediksi ŷ = {yhat} untuk target y = {y}. Neuron tersembunyi 1 punya aktivasi a₁ = {a}. Berapa ∂L/∂v₁, yaitu gradien bobot dari neuron tersembunyi 1 ke output?',
	'out.explain': 'δ = ŷ − y = {d}, dan ∂L/∂v₁ = δ·a₁ = {d} × {a} = {g}.',
	'order.prompt.0': 'Dalam backpropagation, gradien mana yang dihitung lebih dulu?',
	'order.right.0': 'Gradien lapisan output, lalu gradien lapisan tersembunyi',
	'order.wrong.0.0': 'Gradien lapisan tersembunyi, lalu gradien lapisan output',
	'order.wrong.0.1': 'Semuanya sekaligus, tanpa saling bergantung',
	'order.prompt.1':
		'Untuk menghitung error tersembunyi δⱼ = δ·vⱼ·g′(zⱼ) sebuah neuron tersembunyi, apa yang harus sudah Anda ketahui?',
	'order.right.1': 'Error output δ dan bobot vⱼ',
	'order.wrong.1.0': 'Hanya input xᵢ dan target y jaringan itu',
	'order.wrong.1.1': 'Bobot yang sudah diperbarui di akhir langkah ini',
	'order.prompt.2': 'Mengapa backpropagation dikerjakan mundur, dari biaya menuju input?',
	'order.right.2': 'Error setiap lapisan disusun dari error lapisan sesudahnya',
	'order.wrong.2.0': 'Input berubah selama backward pass, jadi input dikerjakan paling akhir',
	'order.wrong.2.1': 'Forward pass memerlukan semua gradien lebih dulu',
	'order.prompt.3':
		'Sebuah jaringan punya dua lapisan tersembunyi. Dalam backpropagation, error δ lapisan mana yang dihitung paling akhir?',
	'order.right.3': 'Lapisan tersembunyi pertama',
	'order.wrong.3.0': 'Lapisan output',
	'order.wrong.3.1': 'Lapisan tersembunyi kedua',
	'order.explain':
		'Error tersembunyi δⱼ = δ·vⱼ·g′(zⱼ) memerlukan error output δ, jadi lapisan output didahulukan, lalu aturan rantai membawa error itu mundur dan memakainya ulang.',
	'order.why':
		'Aturan rantai menghubungkan lapisan-lapisan: setiap lapisan memakai ulang error lapisan sesudahnya, jadi output didahulukan.',
	'fit.prompt':
		'Sebuah model mencapai error data latih {train} dan error validasi {val}. Diagnosis apa yang paling mungkin?',
	'fit.overfitting': 'Overfitting: model menghafal data latihnya, noise-nya sekalian',
	'fit.underfitting': 'Underfitting: model terlalu sederhana untuk polanya',
	'fit.good': 'Kecocokan yang baik: kedua error rendah dan berdekatan',
	'fit.explain.overfitting':
		'Error data latih {train} jauh di bawah error validasi {val}: model menghafal contoh-contoh data latihnya, noise-nya sekalian, alih-alih mempelajari polanya.',
	'fit.explain.underfitting':
		'Kedua error tinggi ({train} dan {val}) dan berdekatan: model bahkan tidak mampu mengikuti data latihnya sendiri.',
	'fit.explain.good':
		'Kedua error rendah ({train} dan {val}) dan berdekatan: model mengikuti polanya, dan pola itu terbawa ke data baru.',
	'adam.prompt':
		'Adam (β₁ = 0,9; β₂ = 0,999; ε = 10⁻⁸; learning rate η = {lr}) meminimumkan f(x) = {a}·x², dimulai di x₀ = {x0}. Di mana x setelah langkah pertama?',
	'adam.explain':
		'Gradiennya g = {ga}·x₀ = {g}. Setelah satu langkah m = 0,1·g dan u = 0,001·g², lalu koreksi bias membagi keduanya lagi dengan 0,1 dan 0,001: m̂ = g, û = g². Jadi langkahnya η·g/(|g| + ε) ≈ η·sign(g): x₁ = {x0} − {lr}·{sign} ≈ {x1}, berapa pun kemiringannya.',
	'cd.prompt':
		'Menggeser sebuah bobot sebesar +h = {h} menghasilkan loss {plus}; menggesernya sebesar −h menghasilkan {minus}. Berapa taksiran beda pusat (central difference) untuk ∂L/∂w?',
	'cd.explain':
		'(L(w + h) − L(w − h)) / 2h = ({plus} − {minus}) / {h2} = {answer}. Backprop seharusnya memberi angka yang hampir sama.',
	'mb.prompt':
		'Sebuah data latih berisi {n} gambar, dan SGD mini-batch memakai batch berisi {batch} gambar. Berapa kali bobot diperbarui dalam satu epoch (satu putaran atas semua gambar)?',
	'mb.explain':
		'Setiap pembaruan memakai satu batch, jadi satu epoch melakukan ⌈{n} / {batch}⌉ = {answer} pembaruan{rest}. Gradient descent full-batch hanya melakukan satu pembaruan.',
	'mb.rest': '; batch terakhir berisi {last} gambar sisanya'
};

export const text: QuizText<Key> = { en, id };
