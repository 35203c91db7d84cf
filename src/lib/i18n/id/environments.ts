import type { environments as en } from '../en/environments';
import type { Translation } from '../translation';

export const environments: Translation<typeof en> = {
	'env.title': 'Apa yang diberikan setiap environment?',
	'env.pick': 'Pilih environment',
	'env.command': 'Perintah',
	'env.has': 'Isinya',
	'env.feature': 'Komponen',
	'env.present': 'Ada',
	'env.missing': 'Tidak ada',
	'env.notebook': 'Apa yang bisa dilakukan notebook Jupyter dengannya',
	'env.f.python': 'Interpreter Python',
	'env.f.conda': 'conda (pengelola paket)',
	'env.f.pip': 'pip (memasang paket dari PyPI)',
	'env.f.kernel': 'ipykernel (agar Jupyter bisa menjalankan kode di dalamnya)',
	'env.base.label': 'base',
	'env.base.command': '(dibuat saat Anda memasang Anaconda)',
	'env.base.notebook':
		'Semuanya berjalan, tetapi dipakai bersama oleh semua proyek: memperbarui paket untuk satu proyek bisa merusak proyek lain. Biarkan base tetap bersih dan buat satu environment untuk setiap proyek.',
	'env.venv_1.notebook':
		'Tidak punya apa-apa sendiri: tidak ada python, pip, maupun kernel, jadi Jupyter tidak bisa memakainya dan Anda tidak bisa memasang paket dengan pip ke dalamnya.',
	'env.venv_2.notebook':
		'Anda bisa memasang paket dengan pip, tetapi notebook tidak bisa berjalan di dalamnya: tidak ada ipykernel, jadi notebook tetap berjalan di environment lain.',
	'env.venv_3.notebook':
		'Environment ini punya kernel, tetapi Jupyter (yang dijalankan dari base) baru menampilkannya setelah kernelnya didaftarkan: di dalamnya jalankan python -m ipykernel install --user --name venv_3, atau pasang nb_conda_kernels di base, yang menampilkan setiap environment yang punya ipykernel. Setelah itu notebook bisa memilihnya dan meng-import apa saja yang Anda pasang di sana: inilah pengaturan untuk kursus ini.',
	'env.note.venv_1':
		'Environment yang dibuat tanpa paket tidak punya python sendiri. conda activate mengeluarkan base dari PATH, jadi perintah python akan menemukan apa pun yang berikutnya ada di PATH: Python sistem di luar environment mana pun, atau tidak ada sama sekali. Hanya perintah conda yang tetap berjalan.'
};
