import type { images as en } from '../en/images';
import type { Translation } from '../translation';

export const images: Translation<typeof en> = {
	'image.impeller': 'Impeller hasil pengecoran (gambar render)',
	'image.shapes': 'Kartu uji warna',
	'image.upload': 'Gambar Anda',
	'image.pick': 'Gambar',
	'image.impeller.caption':
		'Impeller ini gambar render komputer, bukan foto: gambar impeller pompa hasil pengecoran yang dibuat dengan seed, dengan beberapa cacat (lubang-lubang kecil, rongga gas, retakan di samping tanda cat merah). Unggah foto Anda sendiri untuk mencoba yang asli.',
	'image.loading': 'Memuat gambar…',
	'image.load-failed': 'Gambar tidak bisa dimuat. Coba muat ulang halaman.',
	'upload.label': 'Pakai gambar Anda sendiri',
	'upload.hint':
		'Berkas gambar apa saja (PNG, JPEG, WebP…). Berkasnya tetap di komputer Anda; gambar diperkecil sampai sisi terpanjangnya paling besar {max} px.',
	'upload.loaded': '{name} dimuat: {w} × {h} piksel, ditampilkan {sw} × {sh}.',
	'upload.problem.not-image':
		'“{name}” bukan berkas gambar, jadi tidak dimuat. Gambar sebelumnya tetap dipakai.',
	'upload.problem.decode':
		'“{name}” tidak bisa dibaca sebagai gambar (rusak, atau formatnya tidak bisa dibuka peramban ini). Gambar sebelumnya tetap dipakai.',
	'upload.problem.truncated':
		'“{name}” berakhir terlalu cepat: berkasnya terpotong (unduhan atau salinan yang terputus?), jadi tidak dimuat. Gambar sebelumnya tetap dipakai.',
	'upload.problem.empty': '“{name}” kosong. Gambar sebelumnya tetap dipakai.',
	'upload.problem.too-big-file':
		'“{name}” lebih besar dari 40 MB; pakai berkas yang lebih kecil. Gambar sebelumnya tetap dipakai.',
	'upload.problem.too-many-pixels':
		'“{name}” punya terlalu banyak piksel (lebih dari 50 juta, atau satu sisinya lebih dari 20.000). Pakai gambar yang lebih kecil. Gambar sebelumnya tetap dipakai.',

	'pix.title': 'Pemeriksa piksel',
	'pix.channels': 'Tampilkan sebagai',
	'pix.channels.gray': 'Skala abu-abu (1 channel)',
	'pix.channels.rgb': 'Berwarna (3 channel: R, G, B)',
	'pix.size': 'Ukuran grid (piksel pada sisi terpanjang)',
	'pix.zoom': 'Perbesaran (piksel layar per piksel gambar)',
	'pix.pixels': 'Gambar sebagai piksel',
	'pix.numbers': 'Gambar yang sama sebagai angka',
	'pix.canvas.label':
		'Piksel-piksel gambar. Arahkan penunjuk ke atasnya, atau pakai tombol panah, untuk membaca nilai sebuah piksel.',
	'pix.shape': 'Bentuk',
	'pix.shape.text': '{h} × {w} × {c}',
	'pix.shape.explain': 'tinggi × lebar × channel',
	'pix.selected': 'Baris {row}, kolom {col}',
	'pix.value': 'nilai',
	'pix.gray.value': 'Nilai abu-abu',
	'pix.value.dark': 'gelap',
	'pix.value.mid': 'abu-abu sedang',
	'pix.value.light': 'terang',
	'pix.scale': '0 = hitam … 255 = putih',
	'pix.channel.r': 'Channel merah',
	'pix.channel.g': 'Channel hijau',
	'pix.channel.b': 'Channel biru',
	'pix.channel.colour': 'Ketiga channel bersama-sama',
	'pix.luma': 'Nilai abu-abu dari warnanya: 0,299 × R + 0,587 × G + 0,114 × B = {value}',
	'pix.clamped': '{name} {value} berada di luar gambar {h} × {w} ini; dipakai {used}.',
	'pix.row': 'Baris',
	'pix.col': 'Kolom',
	'pix.help': 'Arahkan penunjuk, ketuk, atau pakai tombol panah (Home/End: awal/akhir baris) pada gambar.',

	'fg.title': 'Galeri filter',
	'fg.preset.identity': 'Identitas',
	'fg.preset.ridge': 'Ridge (tepi)',
	'fg.preset.sharpen': 'Penajaman',
	'fg.preset.box-blur': 'Box blur',
	'fg.preset.gaussian-3': 'Gaussian blur 3×3',
	'fg.preset.gaussian-5': 'Gaussian blur 5×5',
	'fg.preset.sobel-x': 'Sobel x',
	'fg.preset.sobel-y': 'Sobel y',
	'fg.preset.emboss': 'Emboss (timbul)',
	'fg.preset.outline': 'Outline (= ridge)',
	'fg.original': 'Asli (skala abu-abu)',
	'fg.filtered': 'Setelah difilter dengan kernel',
	'fg.gallery': 'Semua kernel siap pakai, berdampingan (pilih satu untuk mengubahnya)',
	'fg.preset': 'Pilihan siap pakai',
	'fg.custom': 'Kernel buatan sendiri',
	'fg.size': 'Ukuran kernel',
	'fg.kernel': 'Kernel',
	'fg.kernel.cell': 'Kernel baris {row}, kolom {col}',
	'fg.divisor': '÷ {d}',
	'fg.normalize': 'Normalisasi dengan jumlah kernel',
	'fg.signed': 'Tampilkan output bertanda (0 = abu-abu sedang)',
	'fg.kernel-sum': 'Jumlah kernel',
	'fg.norm.on': 'Kernel dibagi dengan jumlahnya ({sum}), jadi kecerahan gambar tetap.',
	'fg.norm.one': 'Jumlah kernel sudah 1: kecerahannya tetap seperti semula.',
	'fg.norm.zero':
		'Jumlah kernel 0, jadi tidak bisa dinormalisasi (pembagian dengan 0 tidak terdefinisi): daerah yang rata menjadi 0 dan hanya perubahan (tepi) yang tersisa.',
	'fg.norm.off': 'Tidak dinormalisasi: kernel yang jumlahnya {sum} mengalikan daerah rata dengan {sum}.',
	'fg.cell.bad':
		'Kernel baris {row}, kolom {col}: “{value}” bukan angka antara −{limit} dan {limit}. Kernel baik yang terakhir tetap dipakai.',
	'fg.kernel.range': '{value} berada di luar −{limit}…{limit}, rentang yang boleh untuk bobot kernel.',
	'fg.kernel.shape': 'kernel harus 3×3 atau 5×5 (yang diberikan {rows}×{cols}).',
	'fg.drag': 'Seret untuk mengubah sel yang dipilih (baris {row}, kolom {col})',
	'fg.display.clamp':
		'Tampilan terpotong: nilai di bawah 0 tampil hitam dan di atas 255 tampil putih. {below} piksel di bawah 0 dan {above} di atas 255.',
	'fg.display.signed': 'Tampilan bertanda: abu-abu sedang berarti 0, putih +{scale}, hitam −{scale}.',
	'fg.probe': 'Piksel baris {row}, kolom {col}: {before} sebelum, {after} sesudah difilter.',
	'fg.probe.label':
		'Gambar setelah difilter. Arahkan penunjuk ke atasnya, atau pakai tombol panah, untuk melihat satu piksel sebelum dan sesudahnya.',
	'fg.probe.before': 'sebelum',
	'fg.probe.after': 'sesudah',
	'fg.timing': 'Penggambaran terakhir: {ms} ms untuk {w} × {h} piksel.',
	'fg.share-upload':
		'Tautan yang dibagikan menampilkan gambar contoh: gambar Anda sendiri tetap di komputer Anda.'
};
