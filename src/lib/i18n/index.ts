import { en } from './en';

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

/** The active catalogue. The Indonesian edition adds `id/` beside `en/` and picks by route. */
const catalogue: Messages = en;

/** Look up an interface string and fill its `{name}` placeholders. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
	return format(catalogue[key] ?? key, vars);
}

export function format(template: string, vars: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
