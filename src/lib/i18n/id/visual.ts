import type { visual as en } from '../en/visual';
import type { Translation } from '../translation';

export const visual: Translation<typeof en> = {
	'pix.original': 'Gambar aslinya ({w} × {h} piksel)'
};
