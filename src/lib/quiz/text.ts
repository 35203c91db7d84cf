// A lesson's quiz text, per language, out of the generator's code: the generator computes the
// numbers and picks the variant; its words come from a catalogue (content/lessons/*/quiz-text.ts)
// typed so that every language has every key. Plurals use the language's own rules
// (`{n, plural, one {…} other {…}}`, Intl.PluralRules), never an added "s".
import { format, getLocale, type Locale } from '$lib/i18n';

export type QuizText<K extends string> = Record<Locale, Record<K, string>>;

/** The lookup for one lesson's quiz: words in the page's language (or the one asked for). */
export function quizText<K extends string>(text: QuizText<K>) {
	return (key: K, vars: Record<string, string | number> = {}, locale: Locale = getLocale()): string =>
		format(text[locale][key], vars, locale);
}
