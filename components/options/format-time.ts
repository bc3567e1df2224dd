import type { Locale } from '../../lib/i18n';

/** A date and time as people read them in the locale (23 thg 11, 2026 09:30). */
export function formatTime(iso: string | undefined, locale: Locale): string {
  if (iso === undefined) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
