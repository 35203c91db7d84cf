import type { frame as en } from '../en/frame';
import type { Translation } from '../translation';

export const frame: Translation<typeof en> = {
	'instructor.present': 'Presentasi',
	'instructor.present.stop': 'Hentikan presentasi',
	'instructor.present.hint':
		'Presentasi: hanya widget-nya, layar penuh, besar dan berkontras tinggi. Pintasan: tekan P saat widget sedang fokus; Esc untuk keluar.',
	'instructor.fullscreen': 'Layar penuh',
	'instructor.iframe': 'Sematkan di halaman (iframe)',
	'instructor.iframe.label': 'HTML untuk ditempel di halaman atau platform pembelajaran',
	'instructor.iframe.copy': 'Salin potongan kode',
	'instructor.iframe.copied': 'Potongan kode disalin.'
};
