// The words of lesson 9's quiz, in every language (src/lib/quiz/text.ts).
import type { QuizText } from '$lib/quiz/text';

const en = {
	'fit.overfitting': 'Overfitting',
	'fit.underfitting': 'Underfitting',
	'fit.good': 'A good fit',
	'diagnose.prompt':
		'After {epochs} epochs a model has {tr}% training accuracy and {va}% validation accuracy, on a data set where always answering “defective” scores 63%. What is happening?',
	'diagnose.overfitting':
		'Training is almost perfect while validation lags {gap, plural, one {# point} other {# points}} behind: the model memorises its training images (overfitting).',
	'diagnose.underfitting':
		'Both accuracies are low ({tr}% and {va}%, barely above the 63% of always answering “defective”) and close together: the model cannot even fit its training images (underfitting).',
	'diagnose.good':
		'Both accuracies are high ({tr}% and {va}%) and only {gap, plural, one {# point} other {# points}} apart: the model fits and what it learned carries over (a good fit).',
	unit: 'pixels',
	'shift.prompt':
		'An image is {w} × {w} pixels and {setting}. At most how many pixels can a training image move {direction}?',
	'shift.sideways': 'sideways',
	'shift.up-down': 'up or down',
	'shift.explain': 'The shift is drawn from −{range} to +{range} of the {side}: {range} × {w} = {answer} pixels.',
	'shift.width': 'width',
	'shift.height': 'height',
	'turn.prompt':
		'An image is {w} × {w} pixels and rotation_range={deg}. A pixel {dist} pixels from the centre: at most how far can a turn move it (1 decimal)?',
	'turn.explain':
		'A turn by up to {deg}° about the centre moves a point on a circle of radius {dist}; the straight distance is the chord 2 · {dist} · sin({deg}° / 2) ≈ {answer} pixels.',
	'data.prompt.0': 'Which images should data augmentation change?',
	'data.prompt.1':
		'Your data set is split into training, validation and test images. Which get random flips and turns?',
	'data.prompt.2': 'Which images should stay exactly as the camera took them?',
	'data.prompt.3': 'You add rotation_range=20 to the pipeline. Which images should it turn?',
	'data.prompt.4':
		'The model is measured after every epoch and once at the end. Which images must be left as photographed?',
	'data.training': 'Training images only',
	'data.validation-test': 'Validation and test images',
	'data.test': 'Test images only',
	'data.none': 'None of the images',
	'data.training-validation': 'Training and validation images',
	'data.all': 'All of the images',
	'data.explain':
		'Only the training images are augmented. Validation and test images measure the model on photos as the camera takes them; changing them would measure something else.',
	'safe.prompt': '{scene}. Which augmentations keep the images realistic and the labels true?',
	'safe.explain': 'Keep what the camera could really produce and what leaves the class unchanged. {why}',
	'scene.top': 'Top-view photos of round castings, taken by a fixed camera',
	'scene.side': 'Side-view photos of castings standing upright on a conveyor, camera fixed',
	'scene.serial': 'Photos of stamped serial numbers on casting labels, camera fixed',
	'aug.both-flips': 'Horizontal and vertical flips',
	'aug.any-angle': 'Rotations by any angle',
	'aug.small-shift': 'Small shifts (5% of the width)',
	'aug.shear-60': 'Shears up to 60°',
	'aug.half-crop': 'Random crops that keep half the part',
	'aug.h-flips': 'Horizontal flips',
	'aug.v-flips': 'Vertical flips',
	'aug.small-turn': 'Small rotations (±5°)',
	'aug.small-zoom': 'Small zooms (±5%)',
	'why.top.shear-60': 'A 60° shear turns the round part into an oval no camera would produce.',
	'why.top.half-crop': 'Cropping away half the part can remove the defect and make the label wrong.',
	'why.side.v-flips': 'Parts never stand upside down on the conveyor: the flipped photo is unrealistic.',
	'why.side.any-angle': 'A part lying on its side is not what this camera sees.',
	'why.serial.h-flips': 'Mirrored digits are not real digits: a flipped 2 or 5 reads as something else.',
	'why.serial.any-angle': 'A 6 turned by 180° reads as a 9: the label would change.',
	'cure.prompt': '{symptom} Which of these help?',
	'cure.over.0': 'Validation loss rises while training loss keeps falling.',
	'cure.over.1': 'Training accuracy reaches 100% while validation accuracy drops from 91% to 84%.',
	'cure.under.0': 'Training and validation loss both stay high and close together.',
	'cure.under.1': 'After 30 epochs training accuracy is 64% and validation accuracy 63%.',
	'cure.augmentation': 'Data augmentation',
	'cure.dropout': 'Dropout',
	'cure.early-stopping': 'Early stopping',
	'cure.smaller-model': 'A smaller model',
	'cure.more-photos': 'More training photos',
	'cure.bigger-model': 'A bigger model',
	'cure.more-epochs': 'Training for more epochs',
	'cure.finer-input': 'A finer input (more pixels)',
	'cure.higher-rate': 'A higher learning rate, if it crawls',
	'cure.bigger-dense': 'A bigger dense layer',
	'cure.bigger-dense.why': 'More parameters make memorising easier, not harder.',
	'cure.extra-epochs': 'More epochs',
	'cure.extra-epochs.why': 'More epochs give it more time to memorise; validation gets worse still.',
	'cure.no-dropout': 'Removing dropout',
	'cure.no-dropout.why': 'Dropout fights overfitting; removing it makes memorising easier.',
	'cure.stronger-dropout': 'Stronger dropout',
	'cure.stronger-dropout.why': 'Dropout fights overfitting; here the model cannot even fit its training data.',
	'cure.smaller-model.why': 'A smaller model is even less able to fit the pattern.',
	'cure.stop-earlier': 'Stopping training earlier',
	'cure.stop-earlier.why': 'Stopping sooner leaves it even less fitted.',
	'cure.over.explain':
		'That is overfitting. More (or augmented) data, dropout, early stopping and a smaller model all fight it; more parameters, more epochs or less dropout make memorising easier.',
	'cure.under.explain':
		'That is underfitting. A bigger model, longer training (or a larger rate when learning crawls) and a finer input let it see the pattern; dropout, a smaller model or stopping sooner make fitting harder still.'
} as const;

type Key = keyof typeof en;

const id: Record<Key, string> = {
	'fit.overfitting': 'Model mengalami overfitting',
	'fit.underfitting': 'Model mengalami underfitting',
	'fit.good': 'Model sudah pas (kecocokan yang baik)',
	'diagnose.prompt':
		'Setelah {epochs} epoch, sebuah model mencapai akurasi data latih {tr}% dan akurasi validasi {va}%, pada dataset yang akurasinya 63% bila selalu menjawab “cacat”. Apa yang sedang terjadi?',
	'diagnose.overfitting':
		'Data latih hampir sempurna, sedangkan validasi tertinggal {gap} poin: model menghafal gambar data latihnya (overfitting).',
	'diagnose.underfitting':
		'Kedua akurasi rendah ({tr}% dan {va}%, nyaris tidak lebih dari 63% yang didapat dengan selalu menjawab “cacat”) dan berdekatan: model bahkan tidak mampu cocok dengan gambar data latihnya (underfitting).',
	'diagnose.good':
		'Kedua akurasi tinggi ({tr}% dan {va}%) dan selisihnya hanya {gap} poin: model cocok dengan datanya dan apa yang dipelajarinya juga berlaku pada gambar lain (kecocokan yang baik).',
	unit: 'piksel',
	'shift.prompt':
		'Sebuah gambar berukuran {w} × {w} piksel dengan {setting}. Paling jauh berapa piksel sebuah gambar data latih bisa bergeser {direction}?',
	'shift.sideways': 'ke samping',
	'shift.up-down': 'ke atas atau ke bawah',
	'shift.explain':
		'Pergeserannya diundi antara −{range} dan +{range} kali {side} gambar: {range} × {w} = {answer} piksel.',
	'shift.width': 'lebar',
	'shift.height': 'tinggi',
	'turn.prompt':
		'Sebuah gambar berukuran {w} × {w} piksel dengan rotation_range={deg}. Sebuah piksel berjarak {dist} piksel dari titik tengah: paling jauh berapa piksel rotasi bisa memindahkannya (1 angka di belakang koma)?',
	'turn.explain':
		'Rotasi sampai {deg}° terhadap titik tengah memindahkan titik itu di sepanjang lingkaran berjari-jari {dist}; jarak lurusnya adalah tali busur 2 · {dist} · sin({deg}° / 2) ≈ {answer} piksel.',
	'data.prompt.0': 'Gambar mana yang boleh diubah oleh augmentasi data?',
	'data.prompt.1':
		'Dataset Anda dibagi menjadi gambar data latih, data validasi, dan data uji. Gambar mana yang mendapat pencerminan dan rotasi acak?',
	'data.prompt.2': 'Gambar mana yang harus tetap persis seperti saat diambil kamera?',
	'data.prompt.3': 'Anda menambahkan rotation_range=20 ke pipeline. Gambar mana yang boleh diputarnya?',
	'data.prompt.4':
		'Model diukur setelah setiap epoch dan sekali lagi di akhir. Gambar mana yang harus dibiarkan seperti saat difoto?',
	'data.training': 'Hanya gambar data latih',
	'data.validation-test': 'Gambar data validasi dan data uji',
	'data.test': 'Hanya gambar data uji',
	'data.none': 'Tidak satu pun gambar',
	'data.training-validation': 'Gambar data latih dan data validasi',
	'data.all': 'Semua gambar',
	'data.explain':
		'Hanya gambar data latih yang diaugmentasi. Gambar data validasi dan data uji mengukur model pada foto sebagaimana diambil kamera; mengubahnya berarti mengukur hal lain.',
	'safe.prompt': '{scene}. Augmentasi mana yang menjaga gambar tetap realistis dan labelnya tetap benar?',
	'safe.explain': 'Pertahankan apa yang memang bisa dihasilkan kamera dan yang tidak mengubah kelasnya. {why}',
	'scene.top': 'Foto coran bundar dari atas, diambil oleh kamera yang terpasang tetap',
	'scene.side': 'Foto coran dari samping, berdiri tegak di atas ban berjalan, kamera terpasang tetap',
	'scene.serial': 'Foto nomor seri yang dicetak timbul pada label coran, kamera terpasang tetap',
	'aug.both-flips': 'Pencerminan horizontal dan vertikal',
	'aug.any-angle': 'Rotasi dengan sudut berapa pun',
	'aug.small-shift': 'Pergeseran kecil (5% dari lebar)',
	'aug.shear-60': 'Shear sampai 60°',
	'aug.half-crop': 'Potongan acak yang menyisakan separuh komponen',
	'aug.h-flips': 'Pencerminan horizontal',
	'aug.v-flips': 'Pencerminan vertikal',
	'aug.small-turn': 'Rotasi kecil (±5°)',
	'aug.small-zoom': 'Zoom kecil (±5%)',
	'why.top.shear-60': 'Shear 60° mengubah komponen bundar menjadi lonjong, bentuk yang tidak akan dihasilkan kamera mana pun.',
	'why.top.half-crop': 'Membuang separuh komponen bisa menghapus cacatnya dan membuat labelnya salah.',
	'why.side.v-flips':
		'Komponen tidak pernah berdiri terbalik di atas ban berjalan: foto yang dicerminkan atas–bawah tidak realistis.',
	'why.side.any-angle': 'Komponen yang rebah menyamping bukanlah yang dilihat kamera ini.',
	'why.serial.h-flips':
		'Angka yang dicerminkan bukan angka sungguhan: angka 2 atau 5 yang dicerminkan terbaca sebagai hal lain.',
	'why.serial.any-angle': 'Angka 6 yang diputar 180° terbaca sebagai 9: labelnya akan berubah.',
	'cure.prompt': '{symptom} Mana saja yang membantu?',
	'cure.over.0': 'Loss validasi naik, sedangkan loss data latih terus turun.',
	'cure.over.1': 'Akurasi data latih mencapai 100%, sedangkan akurasi validasi turun dari 91% ke 84%.',
	'cure.under.0': 'Loss data latih dan loss validasi sama-sama tetap tinggi dan berdekatan.',
	'cure.under.1': 'Setelah 30 epoch, akurasi data latih 64% dan akurasi validasi 63%.',
	'cure.augmentation': 'Augmentasi data',
	'cure.dropout': 'Dropout',
	'cure.early-stopping': 'Memakai early stopping',
	'cure.smaller-model': 'Model yang lebih kecil',
	'cure.more-photos': 'Lebih banyak foto data latih',
	'cure.bigger-model': 'Model yang lebih besar',
	'cure.more-epochs': 'Melatih lebih banyak epoch',
	'cure.finer-input': 'Input yang lebih halus (lebih banyak piksel)',
	'cure.higher-rate': 'Learning rate yang lebih besar, bila pelatihannya merayap',
	'cure.bigger-dense': 'Lapisan Dense yang lebih besar',
	'cure.bigger-dense.why': 'Parameter yang lebih banyak membuat menghafal lebih mudah, bukan lebih sulit.',
	'cure.extra-epochs': 'Lebih banyak epoch',
	'cure.extra-epochs.why': 'Lebih banyak epoch memberinya lebih banyak waktu untuk menghafal; validasi makin memburuk.',
	'cure.no-dropout': 'Membuang dropout',
	'cure.no-dropout.why': 'Dropout melawan overfitting; membuangnya membuat menghafal lebih mudah.',
	'cure.stronger-dropout': 'Dropout yang lebih kuat',
	'cure.stronger-dropout.why': 'Dropout melawan overfitting; di sini model bahkan tidak mampu cocok dengan data latihnya.',
	'cure.smaller-model.why': 'Model yang lebih kecil makin tidak mampu menangkap polanya.',
	'cure.stop-earlier': 'Menghentikan pelatihan lebih awal',
	'cure.stop-earlier.why': 'Berhenti lebih cepat membuatnya makin tidak cocok dengan data.',
	'cure.over.explain':
		'Itu overfitting. Data yang lebih banyak (atau diaugmentasi), dropout, early stopping, dan model yang lebih kecil semuanya melawannya; parameter yang lebih banyak, epoch yang lebih banyak, atau dropout yang lebih sedikit membuat menghafal lebih mudah.',
	'cure.under.explain':
		'Itu underfitting. Model yang lebih besar, pelatihan yang lebih lama (atau learning rate yang lebih besar bila pelatihannya merayap), dan input yang lebih halus membuatnya bisa melihat polanya; dropout, model yang lebih kecil, atau berhenti lebih cepat membuat fitting makin sulit.'
};

export const text: QuizText<Key> = { en, id };
