import type { Locale } from './locale';

/**
 * An amount of Vietnamese đồng as people write it: "5.000.000 ₫" in Vietnamese, "5,000,000 VND" in English.
 * Written by hand rather than with Intl so the result does not depend on the browser's ICU data (some builds
 * put a no-break space or "VND" where others put "₫"), and the tests see what users see.
 */
export function formatVnd(amount: number, locale: Locale): string {
  const whole = Math.round(Math.abs(amount));
  const separator = locale === 'vi' ? '.' : ',';
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const sign = amount < 0 && whole !== 0 ? '-' : '';
  return locale === 'vi' ? `${sign}${grouped} ₫` : `${sign}${grouped} VND`;
}
