// The backend line in plain words ("Fast CPU, 2 threads: no GPU found"), from what the worker's
// backend detection reported (BackendInfo). The technical label and reason stay for the details.
import { t, useStrings, getLocale, type Locale } from '$lib/i18n';
import backendStrings from '$lib/i18n/areas/backend';
import type { BackendInfo } from './index';

useStrings(backendStrings);

type Engine = 'webgl' | 'fast-cpu' | 'cpu';
const ENGINES: readonly string[] = ['webgl', 'fast-cpu', 'cpu'];
const isEngine = (name: string): name is Engine => ENGINES.includes(name);

/** The tfjs backend behind each of the lab's names. */
export const TFJS_BACKEND: Record<Engine, string> = { webgl: 'webgl', 'fast-cpu': 'wasm', cpu: 'cpu' };

/**
 * "GPU (WebGL)", "Fast CPU, one thread", "Fast CPU, 2 threads", "Basic CPU"; "Fast CPU" when the
 * thread count is not known (issue 21: where the page cannot share memory the line says so).
 */
export function engineName(name: string, threads?: number, locale: Locale = getLocale()): string {
	if (!isEngine(name)) return name;
	if (name === 'fast-cpu' && threads !== undefined && threads > 1)
		return t('backend.plain.fast-cpu.threads', { n: threads }, locale);
	if (name === 'fast-cpu' && threads === 1) return t('backend.plain.fast-cpu.one', {}, locale);
	return t(`backend.plain.${name}`, {}, locale);
}

/** The backend in use and, where it is not the obvious one, why: the lab's one-line answer. */
export function plainBackend(
	info: Pick<BackendInfo, 'name' | 'threads' | 'why' | 'fallback'>,
	locale: Locale = getLocale()
): string {
	const engine = engineName(info.name, info.threads, locale);
	switch (info.why) {
		case 'no-gpu':
			return t('backend.plain.no-gpu', { engine }, locale);
		case 'chosen-software-gl':
			return t('backend.plain.software-gl', { engine }, locale);
		case 'lost':
			return t('backend.plain.lost', { engine }, locale);
		case 'fallback':
			return t(
				'backend.plain.fallback',
				{ engine, wanted: engineName(info.fallback?.wanted ?? '', undefined, locale) },
				locale
			);
		default:
			return engine;
	}
}
