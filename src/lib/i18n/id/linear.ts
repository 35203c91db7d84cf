import type { linear as en } from '../en/linear';
import type { Translation } from '../translation';

export const linear: Translation<typeof en> = {
	'field.not-number': '“{text}” bukan angka; nilai terakhir tetap dipakai.',
	'field.clamped': '{value} di luar rentang {min}…{max}; dipakai nilai terdekat yang diizinkan.',
	'field.exact': 'nilai persis',
	'linear.title': 'Model linear untuk cuaca besok',
	'linear.mode': 'Pertanyaan',
	'linear.mode.regression': 'Berapa suhu besok? (regresi)',
	'linear.mode.classification': 'Dingin atau panas besok? (klasifikasi)',
	'linear.w': 'Bobot w',
	'linear.b': 'Bias b',
	'linear.x': 'Hari ini, x (°C)',
	'linear.cutoff': '“Panas” mulai dari (°C)',
	'linear.fit': 'Cari garis terbaik',
	'linear.axis.x': 'Suhu maksimum hari ini (°C)',
	'linear.axis.y': 'Suhu maksimum besok (°C)',
	'linear.prediction': 'Prediksi',
	'linear.sse': 'Error pada {n} hari sebelumnya, ½ Σ (y − ŷ)²',
	'linear.class': 'Kelas prediksi',
	'linear.accuracy': 'Hari yang diklasifikasikan dengan benar',
	'linear.hot': 'panas',
	'linear.cold': 'dingin',
	'linear.chart': 'Diagram pencar {n} hari sebelumnya dengan garis model ŷ = {w}·x + {b}.',
	'linear.legend.hot': 'hari yang panas',
	'linear.legend.cold': 'hari yang dingin',
	'linear.legend.day': 'hari sebelumnya',
	'field.problem.want-integer':
		'{field} menerima bilangan bulat dari {min} sampai {max}; tetap memakai {kept}.',
	'field.problem.want-number': '{field} menerima angka dari {min} sampai {max}; tetap memakai {kept}.'
};
