import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsPage } from '@/components/options/OptionsPage';
import { optionsStyles } from '@/components/options/options-styles';
import type { OptionsApi } from '@/components/options/options-api';
import { markDocumentLocale, uiLocale } from '@/components/ui-locale';

/** The options page: every request goes to the background through the validated protocol (lib/protocol). */
const api: OptionsApi = {
  async send(request) {
    const answer: unknown = await browser.runtime.sendMessage(request);
    if (typeof answer === 'object' && answer !== null && 'error' in answer && typeof answer.error === 'string' && !('ok' in answer)) throw new Error(answer.error);
    return answer;
  },
  requestOrigin: (origin) => browser.permissions.request({ origins: [origin] }),
  removeOrigin: (origin) => browser.permissions.remove({ origins: [origin] }),
  confirm: (question) => window.confirm(question),
};

const style = document.createElement('style');
style.textContent = optionsStyles;
document.head.append(style);
// Opens in the user's language setting (components/ui-locale.ts); the page then follows the setting as it changes.
void uiLocale((request) => api.send(request), navigator.language).then((locale) => {
  markDocumentLocale(locale);
  createRoot(document.getElementById('root')!).render(<OptionsPage api={api} locale={locale} uiLanguage={navigator.language} />);
});
