/** The languages the extension speaks. Vietnamese first: the people it protects read Vietnamese. */
export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'vi';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The locale for a browser UI language tag such as "vi-VN" or "en-US". Anything that is not English gets
 * Vietnamese, the default, because the users who need the warning most read Vietnamese.
 */
export function localeFromLanguage(tag: string | undefined): Locale {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : defaultLocale;
}
