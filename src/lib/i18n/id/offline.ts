import type { offline as en } from '../en/offline';
import type { Translation } from '../translation';

export const offline: Translation<typeof en> = {
	'offline.update.ready': 'Versi baru kursus sudah siap. Versi itu dimuat saat Anda membuka kursus lagi.',
	'offline.update.apply': 'Pakai sekarang',
	'offline.update.dismiss': 'Tutup',
	'offline.update.label': 'Pembaruan tersedia',
	'backend.threads.many': ', {threads} thread',
	'backend.threads.one-not-isolated':
		' Satu thread: halaman ini tidak cross-origin isolated (misalnya berada di dalam frame situs lain, seperti platform pembelajaran, atau dibuka sebelum salinan offline terpasang), jadi peramban tidak mengizinkan memori bersama.',
	'backend.threads.one-core': ' Satu thread: peramban melaporkan hanya satu inti prosesor.'
};
