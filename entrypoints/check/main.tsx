import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { CheckAnswer } from '@/lib/protection/service';
import { CheckPage, type CheckApi } from '@/components/check/CheckPage';
import { checkStyles } from '@/components/check/check-styles';
import { reportStyles } from '@/components/report/report-styles';
import { tc } from '@/components/check/check-i18n';
import { markDocumentLocale, uiLocale } from '@/components/ui-locale';

/**
 * The "Kiểm tra" page (check.html). `?q=` carries text to check at once: the context menu opens it with the link
 * the user right-clicked. The check itself is the background's (lib/check over the directory in IndexedDB).
 */
const api: CheckApi = {
  async check(text) {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'check-input', text });
    if (typeof answer !== 'object' || answer === null) throw new Error('no answer');
    if ('error' in answer && typeof answer.error === 'string') throw new Error(answer.error);
    return answer as CheckAnswer;
  },
};

const style = document.createElement('style');
style.textContent = checkStyles + reportStyles;
document.head.append(style);
const initialText = new URL(location.href).searchParams.get('q') ?? '';
// In the user's language setting (components/ui-locale.ts).
void uiLocale((request) => browser.runtime.sendMessage(request), navigator.language).then((locale) => {
  markDocumentLocale(locale);
  document.title = tc(locale, 'check.pageTitle');
  createRoot(document.getElementById('root')!).render(<CheckPage api={api} locale={locale} initialText={initialText} />);
});
