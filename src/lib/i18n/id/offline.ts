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
	'backend.threads.one-core': ' Satu thread: peramban melaporkan hanya satu inti prosesor.',
	'offline.page.title': 'Anda sedang offline',
	'offline.page.detail':
		'Halaman ini belum tersimpan di perangkat ini, dan jaringan tidak bisa dijangkau. Sambungkan lalu coba lagi. Setelah kursus dibuka sebentar saat jaringan menyala, peramban ini menyimpan seluruhnya untuk dipakai offline.',
	'offline.page.retry': 'Coba lagi',
	'offline.page.home': 'Ke halaman kursus',
	'error.not-found.title': 'Halaman tidak ditemukan',
	'error.not-found.detail':
		'Tidak ada halaman di alamat ini. Periksa tautannya, atau mulai dari halaman kursus.',
	'error.other.title': 'Halaman ini tidak bisa ditampilkan (error {status})',
	'error.other.detail': 'Yang salah: {message}',
	'error.other.unknown': 'tidak ada keterangan',
	'backend.kernels.pool':
		' Rutin pelatihan lab sendiri (gradien pooling, penataan ulang data) ikut memakai {threads} thread itu.',
	'backend.kernels.one-off':
		' Rutin pelatihan lab sendiri (gradien pooling, penataan ulang data) berjalan di satu thread; kernels=pool di alamat halaman ikut membagikannya ke thread lain.',
	'backend.kernels.one-not-shared':
		' Rutin pelatihan lab sendiri berjalan di satu thread: memori WebAssembly bukan memori bersama.',
	'backend.kernels.one-failed':
		' Rutin pelatihan lab sendiri berjalan di satu thread: worker pembantunya tidak menyala.',
	'backend.threads.one-reported':
		' Satu thread: diminta {asked}, backend WebAssembly melaporkan satu (kumpulan thread-nya tidak menyalakan lebih banyak).'
};
