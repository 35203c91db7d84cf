// The words of lesson 1's quiz, in every language (src/lib/quiz/text.ts).
import type { QuizText } from '$lib/quiz/text';

const en = {
	'what-it-has.prompt': 'You run `{command}` and activate it. What does the new environment have of its own?',
	'choice.python': 'its own Python interpreter',
	'choice.pip': 'pip, to install packages',
	'choice.kernel': 'ipykernel, which a Jupyter kernel needs',
	'choice.none': 'none of these three',
	'packages.none': 'no packages at all',
	'packages.and': ' and ',
	'what-it-has.explain':
		'The packages after the name decide it; this command lists {listed}. {python}; only the ipykernel package gives a kernel. So it has {has}.',
	'python.yes': 'Python brings pip with it',
	'python.no':
		'With no python listed there is no Python of its own (python finds whatever is next on PATH), and so no pip either',
	'has.none': 'none of the three',
	'has.python': 'its own Python',
	'has.pip': 'pip',
	'has.kernel': 'ipykernel',
	'has.join': ', ',
	'notebook.prompt':
		'Which command makes an environment that a Jupyter notebook can run its code in (once the kernel is registered)?',
	'notebook.why.right': 'Python brings pip, and ipykernel is what a Jupyter kernel runs on.',
	'notebook.why.no-kernel': 'Python and pip, but no ipykernel: Jupyter cannot run code in it.',
	'notebook.why.extra': '{extra} {n, plural, one {does} other {do}} not bring ipykernel, so there is still no kernel.',
	'notebook.why.empty': 'No packages at all: no Python, no pip, no kernel.',
	'notebook.explain':
		'A notebook runs its code through a kernel, which needs the ipykernel package in the environment: `{right}`. Then register it (python -m ipykernel install --user --name {name}) or let nb_conda_kernels list it.',
	'reason.Isolation': 'Isolation',
	'reason.Reproducibility': 'Reproducibility',
	'reason.Deployability': 'Deployability',
	'reason.Isolation.0':
		'Upgrading TensorFlow for a new project makes last year’s project fail. Which reason for environments does this show?',
	'reason.Isolation.1':
		'A new project needs NumPy 2, an older one only runs with NumPy 1. Which reason for environments lets both keep working?',
	'reason.Isolation.2':
		'Installing a package for a course exercise silently changed a library your thesis code depends on. Which reason for environments would have prevented it?',
	'reason.Reproducibility.0':
		'A colleague must run your notebook on exactly the package versions you used. Which reason for environments does this show?',
	'reason.Reproducibility.1':
		'A reviewer wants to rerun your analysis next year and get the same numbers. Which reason for environments does this show?',
	'reason.Reproducibility.2':
		'You send environment.yml with your code so that the course tutor can rebuild your set-up. Which reason for environments does this show?',
	'reason.Deployability.0':
		'The defect model has to be installed on a computer beside the production line. Which reason for environments does this show?',
	'reason.Deployability.1':
		'IT must know exactly which Python and packages to put on the inspection server. Which reason for environments does this show?',
	'reason.Deployability.2':
		'The trained model moves from your laptop to an edge device at the conveyor. Which reason for environments does this show?',
	'reason.speed': 'Speed',
	'reason.speed.why': 'An environment does not make code run faster.',
	'reason.explain':
		'Isolation keeps one project’s versions from breaking another; reproducibility lets others rebuild the same set-up; deployability tells a server exactly what to install. Environments do not make code faster.',
	'project.0': 'a crack detector with TensorFlow',
	'project.1': 'a report on scrap rates with pandas',
	'project.2': 'a first try of a new PyTorch release',
	'project.3': 'a project for this course’s exercises',
	'base.prompt': 'You start {project}. Where should its packages go?',
	'base.new': 'Into a new environment for this project',
	'base.new.why': 'Each project keeps its own versions, and base stays clean for conda.',
	'base.base': 'Into base, so every project can use them',
	'base.base.why': 'Base is shared by everything: conflicts pile up there, and a broken base can break conda itself.',
	'base.export': 'Into base, after exporting it to a file',
	'base.export.why': 'The export records base, but base is still shared: the next install can break other projects.',
	'base.explain': 'Keep base for conda and create a project environment for each project.'
} as const;

type Key = keyof typeof en;

const id: Record<Key, string> = {
	'what-it-has.prompt': 'Anda menjalankan `{command}` lalu mengaktifkannya. Apa yang dimiliki environment baru itu sendiri?',
	'choice.python': 'interpreter Python sendiri',
	'choice.pip': 'pip, untuk memasang paket',
	'choice.kernel': 'ipykernel, yang diperlukan kernel Jupyter',
	'choice.none': 'tidak satu pun dari ketiganya',
	'packages.none': 'tidak ada paket sama sekali',
	'packages.and': ' dan ',
	'what-it-has.explain':
		'Paket-paket setelah nama environment yang menentukan; perintah ini menyebutkan {listed}. {python}; hanya paket ipykernel yang memberi kernel. Jadi environment ini punya {has}.',
	'python.yes': 'Python sekaligus membawa pip',
	'python.no':
		'Karena python tidak disebutkan, tidak ada Python sendiri (perintah python menemukan apa pun yang berikutnya ada di PATH), jadi pip pun tidak ada',
	'has.none': 'tidak satu pun dari ketiganya',
	'has.python': 'Python sendiri',
	'has.pip': 'pip',
	'has.kernel': 'ipykernel',
	'has.join': ', ',
	'notebook.prompt':
		'Perintah mana yang menghasilkan environment tempat notebook Jupyter bisa menjalankan kodenya (setelah kernelnya didaftarkan)?',
	'notebook.why.right': 'Python membawa pip, dan ipykernel adalah dasar berjalannya kernel Jupyter.',
	'notebook.why.no-kernel': 'Ada Python dan pip, tetapi tidak ada ipykernel: Jupyter tidak bisa menjalankan kode di dalamnya.',
	'notebook.why.extra': '{extra} tidak membawa ipykernel, jadi tetap tidak ada kernel.',
	'notebook.why.empty': 'Tidak ada paket sama sekali: tanpa Python, tanpa pip, tanpa kernel.',
	'notebook.explain':
		'Notebook menjalankan kodenya lewat kernel, yang memerlukan paket ipykernel di dalam environment: `{right}`. Lalu daftarkan (python -m ipykernel install --user --name {name}) atau biarkan nb_conda_kernels menampilkannya.',
	'reason.Isolation': 'Isolasi',
	'reason.Reproducibility': 'Reprodusibilitas',
	'reason.Deployability': 'Kesiapan untuk deployment',
	'reason.Isolation.0':
		'Memperbarui TensorFlow untuk proyek baru membuat proyek tahun lalu gagal berjalan. Alasan memakai environment yang mana yang ditunjukkan di sini?',
	'reason.Isolation.1':
		'Proyek baru memerlukan NumPy 2, sedangkan proyek lama hanya berjalan dengan NumPy 1. Alasan memakai environment yang mana yang membuat keduanya tetap berjalan?',
	'reason.Isolation.2':
		'Memasang paket untuk latihan kuliah diam-diam mengubah library yang dipakai kode skripsi Anda. Alasan memakai environment yang mana yang akan mencegahnya?',
	'reason.Reproducibility.0':
		'Rekan kerja harus menjalankan notebook Anda dengan versi paket yang persis sama dengan yang Anda pakai. Alasan memakai environment yang mana yang ditunjukkan di sini?',
	'reason.Reproducibility.1':
		'Seorang reviewer ingin menjalankan ulang analisis Anda tahun depan dan mendapat angka yang sama. Alasan memakai environment yang mana yang ditunjukkan di sini?',
	'reason.Reproducibility.2':
		'Anda mengirim environment.yml bersama kode Anda agar asisten dosen bisa membangun ulang pengaturan Anda. Alasan memakai environment yang mana yang ditunjukkan di sini?',
	'reason.Deployability.0':
		'Model pendeteksi cacat harus dipasang di komputer di samping lini produksi. Alasan memakai environment yang mana yang ditunjukkan di sini?',
	'reason.Deployability.1':
		'Tim TI harus tahu persis Python dan paket apa saja yang dipasang di server pemeriksaan. Alasan memakai environment yang mana yang ditunjukkan di sini?',
	'reason.Deployability.2':
		'Model yang sudah dilatih dipindahkan dari laptop Anda ke perangkat edge di dekat ban berjalan. Alasan memakai environment yang mana yang ditunjukkan di sini?',
	'reason.speed': 'Kecepatan',
	'reason.speed.why': 'Environment tidak membuat kode berjalan lebih cepat.',
	'reason.explain':
		'Isolasi menjaga agar versi paket satu proyek tidak merusak proyek lain; reprodusibilitas memungkinkan orang lain membangun ulang pengaturan yang sama; kesiapan deployment memberi tahu server apa saja yang harus dipasang. Environment tidak membuat kode lebih cepat.',
	'project.0': 'detektor retak dengan TensorFlow',
	'project.1': 'laporan tingkat scrap dengan pandas',
	'project.2': 'percobaan pertama rilis PyTorch yang baru',
	'project.3': 'proyek untuk latihan-latihan kursus ini',
	'base.prompt': 'Anda memulai {project}. Ke mana paket-paketnya harus dipasang?',
	'base.new': 'Ke environment baru untuk proyek ini',
	'base.new.why': 'Setiap proyek memakai versinya sendiri, dan base tetap bersih untuk conda.',
	'base.base': 'Ke base, supaya semua proyek bisa memakainya',
	'base.base.why':
		'Base dipakai bersama oleh semuanya: konflik menumpuk di sana, dan base yang rusak bisa merusak conda itu sendiri.',
	'base.export': 'Ke base, setelah mengekspornya ke sebuah berkas',
	'base.export.why':
		'Ekspor itu mencatat isi base, tetapi base tetap dipakai bersama: pemasangan berikutnya bisa merusak proyek lain.',
	'base.explain': 'Biarkan base untuk conda dan buat environment proyek untuk setiap proyek.'
};

export const text: QuizText<Key> = { en, id };
