import type { en } from './en';
import { CORE, type Area } from './areas';

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

/**
 * The strings loaded so far. Areas come in as the parts that use them load (useStrings), so a
 * lesson page carries its own widgets' strings and not the whole catalogue. The Indonesian
 * edition adds `id/` beside `en/` and picks by route.
 */
const loaded: Partial<Messages> = {};

/** Make areas' strings available to t(); a widget calls this once, in its module script. */
export function useStrings(...areas: readonly Area[]): void {
	for (const area of areas) Object.assign(loaded, area.en);
}

useStrings(...CORE);

/** Look up an interface string and fill its `{name}` placeholders. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
	return format(loaded[key] ?? key, vars);
}

export function format(template: string, vars: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
