import { localeFromLanguage, type Locale } from '../lib/i18n/locale';
import { resolveLanguage, settingsSchema } from '../lib/settings';

/**
 * The language an extension page (popup, check, options, admin) opens in: the user's language setting, asked of
 * the background (`get-settings`, which only extension pages may send), with 'auto' meaning the browser's language
 * (navigator.language). If the background cannot answer, the browser's language: the page must still open.
 * `send` is browser.runtime.sendMessage in the pages, a fake in tests.
 */
export async function uiLocale(send: (request: { type: 'get-settings' }) => Promise<unknown>, uiLanguage: string | undefined): Promise<Locale> {
  try {
    const answer = await send({ type: 'get-settings' });
    if (typeof answer === 'object' && answer !== null && !('error' in answer)) return resolveLanguage(settingsSchema.parse(answer).language, uiLanguage);
  } catch {
    // The background is restarting or refused: fall through to the browser's language.
  }
  return localeFromLanguage(uiLanguage);
}

/** Says which language the page is in, for screen readers and the browser (<html lang>). */
export function markDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale;
}
