import type { conv as en } from '../en/conv';
import type { Translation } from '../translation';

export const conv: Translation<typeof en> = {
	'conv.title': 'Konvolusi, langkah demi langkah',
	'conv.input': 'Input',
	'conv.input.preset': 'Input',
	'conv.input.custom': 'Matriks Anda',
	'conv.input.worked-example': 'Contoh di kursus (5×5, 0/1)',
	'conv.input.casting-pit': 'Permukaan coran dengan lubang kecil (8×8)',
	'conv.input.vertical-edge': 'Tepi vertikal (6×6)',
	'conv.input.diagonal': 'Garis diagonal (6×6)',
	'conv.input.bright-dot': 'Satu piksel terang (5×5)',
	'conv.input.edit': 'Ketik matriks',
	'conv.input.edit.help': 'Baris dipisahkan dengan ; dan nilai dengan , — misalnya 1,0,1;0,1,0',
	'conv.input.apply': 'Pakai matriks ini',
	'conv.input.upload': 'Unggah gambar',
	'conv.input.upload.help':
		'Diperkecil menjadi paling besar {max}×{max} piksel abu-abu (0 gelap … 255 terang).',
	'conv.input.grid': 'Input dengan padding; jendela kernel diberi garis tepi',
	'conv.input.keys':
		'Grid input. Seret kernelnya, atau fokus di sini dan pakai tombol panah untuk memindahkannya; Home kembali ke sel pertama.',
	'conv.kernel': 'Kernel',
	'conv.kernel.preset': 'Pilihan siap pakai',
	'conv.kernel.custom': 'Buat sendiri',
	'conv.kernel.rows': 'Baris',
	'conv.kernel.cols': 'Kolom',
	'conv.kernel.cell': 'Bobot kernel, baris {row}, kolom {col}',
	'conv.kernel.divisor': 'Kernel ini berisi bobot bulat ÷ {d}; sel-selnya menampilkan nilai setelah dibagi.',
	'conv.stride': 'Stride',
	'conv.padding': 'Padding',
	'conv.padding.mode': 'Jenis padding',
	'conv.padding.number': 'Jumlah sel nol',
	'conv.padding.valid': 'valid (tanpa padding)',
	'conv.padding.same': 'same (output ⌈n / s⌉)',
	'conv.padding.applied':
		'Padding “same” menambahkan atas {top}, bawah {bottom}, kiri {left}, kanan {right}.',
	'conv.formula': 'Ukuran output',
	'conv.formula.both': 'tinggi dan lebar',
	'conv.axis.height': 'tinggi',
	'conv.axis.width': 'lebar',
	'conv.output': 'Output (feature map)',
	'conv.output.help':
		'Klik sebuah sel untuk memindahkan kernel ke sana. Merah berarti positif, biru negatif, tanpa warna nol.',
	'conv.map.image': 'Sebagai gambar',
	'conv.map.black': 'hitam',
	'conv.map.white': 'putih',
	'conv.map.flat': 'Semua nilainya sama: gambarnya abu-abu polos.',
	'conv.map.alt':
		'Feature map sebagai gambar skala abu-abu {h}×{w}, satu piksel per sel output: hitam adalah nilai terendah, {lo}, putih yang tertinggi, {hi}. Sel yang dipilih diberi garis tepi.',
	'conv.output-height': 'Tinggi output',
	'conv.output-width': 'Lebar output',
	'conv.dot-product': 'Output di baris {row}, kolom {col}',
	'conv.products': 'Hasil kali di balik sel ini',
	'conv.products.pad': 'suku yang pudar berasal dari zero padding',
	'conv.play': 'Putar',
	'conv.pause': 'Jeda',
	'conv.step': 'Langkah',
	'conv.speed': 'Kecepatan (sel per detik)',
	'conv.reduced-motion':
		'Sistem Anda meminta gerakan dikurangi: Putar berpindah satu sel setiap kali, tanpa animasi.',
	'conv.position': 'Kernel di baris output {row}, kolom {col}: jumlahnya {sum}.',
	'conv.msg.nofit':
		'Kernel {kh}×{kw} tidak muat di input {ih}×{iw} ini: {axis} output akan menjadi ⌊({n} + {pad} − {k}) / {s}⌋ + 1 = {out}. Tambahkan padding atau pilih kernel yang lebih kecil. Pengaturan terakhir yang muat tetap dipakai.',
	'conv.msg.cell-value':
		'Kernel baris {row}, kolom {col}: “{value}” bukan angka antara −{max} dan {max}. Kernel tetap memakai nilai baiknya yang terakhir.',
	'conv.msg.magnitude':
		'“{name}”: nilainya harus di antara −{max} dan {max}; yang ditampilkan nilai bawaannya.',
	'conv.msg.cell':
		'Parameter “row”/“col”: ({row}, {col}) berada di luar output (baris 0…{h}, kolom 0…{w}); dipakai sel terdekat.',
	'conv.msg.matrix': 'Matriks itu ditolak: {problem}',
	'conv.msg.upload.ok': '“{name}” ({w}×{h} piksel) diperkecil menjadi grid {gw}×{gh}.',

	'conv.maps.map': 'feature map',
	'conv.maps.caption':
		'Satu input, {n} filter, {n} feature map (tanpa padding, jadi setiap map 2 sel lebih kecil dari input di setiap sumbu). Merah berarti positif, biru negatif, tanpa warna nol.',

	'pool.title': 'Pooling dan flattening',
	'pool.input': 'Feature map (input)',
	'pool.input.edit': 'Ketik feature map',
	'pool.mode': 'Pooling',
	'pool.mode.max': 'Max',
	'pool.mode.avg': 'Rata-rata',
	'pool.size': 'Ukuran jendela',
	'pool.stride': 'Stride',
	'pool.output': 'Map hasil pooling',
	'pool.output.help': 'Klik atau pakai tombol panah untuk memilih sel hasil pooling dan melihat jendelanya.',
	'pool.flattened': 'Vektor hasil flattening',
	'pool.flattened-length': 'Panjang vektor hasil flattening',
	'pool.formula': 'Ukuran hasil pooling',
	'pool.msg.nofit':
		'Jendela {size}×{size} tidak muat di map {h}×{w}: ⌊({n} − {size}) / {s}⌋ + 1 = {out}. Pengaturan terakhir yang muat tetap dipakai.',
	'pool.window': 'Sel hasil pooling baris {row}, kolom {col}',
	'conv.missed.rows.input':
		'Dengan stride {s}, kernel tidak pernah mencapai {input, plural, other {# baris input (diarsir): nilainya}} tidak memengaruhi output.',
	'conv.missed.rows.pad':
		'Dengan stride {s}, kernel tidak pernah mencapai {pad, plural, other {# baris padding (diarsir): baris itu}} tidak memengaruhi output.',
	'conv.missed.rows.both':
		'Dengan stride {s}, kernel tidak pernah mencapai {input, plural, other {# baris}} input dan {pad, plural, other {# baris}} padding (diarsir): semuanya tidak memengaruhi output.',
	'conv.missed.cols.input':
		'Dengan stride {s}, kernel tidak pernah mencapai {input, plural, other {# kolom input (diarsir): nilainya}} tidak memengaruhi output.',
	'conv.missed.cols.pad':
		'Dengan stride {s}, kernel tidak pernah mencapai {pad, plural, other {# kolom padding (diarsir): kolom itu}} tidak memengaruhi output.',
	'conv.missed.cols.both':
		'Dengan stride {s}, kernel tidak pernah mencapai {input, plural, other {# kolom}} input dan {pad, plural, other {# kolom}} padding (diarsir): semuanya tidak memengaruhi output.',
	'pool.missed.rows':
		'Jendelanya tidak pernah mencapai {r, plural, =1 {baris terakhir} other {# baris terakhir}}: pooling membuangnya.',
	'pool.missed.cols':
		'Jendelanya tidak pernah mencapai {c, plural, =1 {kolom terakhir} other {# kolom terakhir}}: pooling membuangnya.',
	'pool.missed.both':
		'Jendelanya tidak pernah mencapai {r, plural, =1 {baris terakhir} other {# baris terakhir}} dan {c, plural, =1 {kolom terakhir} other {# kolom terakhir}}: pooling membuang semuanya.',
	'pool.skipped.rows':
		'Karena stride {s} lebih besar daripada jendelanya ({size}), ada celah di antara jendela: {r, plural, other {# baris}} tidak pernah ikut di-pooling.',
	'pool.skipped.cols':
		'Karena stride {s} lebih besar daripada jendelanya ({size}), ada celah di antara jendela: {c, plural, other {# kolom}} tidak pernah ikut di-pooling.',
	'pool.skipped.both':
		'Karena stride {s} lebih besar daripada jendelanya ({size}), ada celah di antara jendela: {r, plural, other {# baris}} dan {c, plural, other {# kolom}} tidak pernah ikut di-pooling.'
};
