import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import type { PageAnswer } from '@/lib/protection/service';
import type { PageReading } from '@/lib/sites/types';
import { watchPage } from '@/lib/watch/page-watcher';
import { defaultLocale } from '@/lib/i18n/locale';
import { loadBannerUi } from './banner-loader';
import type { BannerUi } from './banner-ui';
import { requestReading } from './request-reading';

/**
 * What a content script does on Facebook, Messenger or Zalo Web: watch the page (lib/watch), ask the background
 * for a verdict whenever what the page shows changes, and show the verdict. This file stays light: the React
 * banner loads only when there is something to show. Everything is torn down when the extension is reloaded.
 */
export function guardPage(ctx: ContentScriptContext): void {
  const locale = defaultLocale;
  let ui: Promise<BannerUi> | undefined;
  let askSeq = 0;
  /** The verdict the user closed: it stays closed until something new is found. */
  let closedKey: string | undefined;
  let layoutNoticeDismissed = false;

  const watcher = watchPage({
    document,
    getUrl: () => new URL(location.href),
    onReading: (reading, url) => void ask(reading, url),
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.refresh());
  // For the page benchmark (scripts/bench/page.ts), which reads it through the DevTools protocol. This global lives
  // in the content script's isolated world: the page cannot see or change it.
  (globalThis as { __chongGiaDanhStats?: unknown }).__chongGiaDanhStats = watcher.stats;
  ctx.onInvalidated(() => {
    watcher.stop();
    void ui?.then((u) => u.remove());
  });

  const banner = (): Promise<BannerUi> => (ui ??= loadBannerUi(ctx));

  async function ask(reading: PageReading, url: URL): Promise<void> {
    const seq = ++askSeq;
    let answer: PageAnswer | { error: string } | undefined;
    try {
      answer = (await browser.runtime.sendMessage({ type: 'judge-page', url: url.href, reading: requestReading(reading) })) as
        | PageAnswer
        | { error: string }
        | undefined;
    } catch {
      // The extension was reloaded or the background is restarting; the next change asks again.
      return;
    }
    if (seq !== askSeq || ctx.isInvalid || !answer || 'error' in answer) return;
    await show(answer, reading, url);
  }

  async function show(answer: PageAnswer, reading: PageReading, url: URL): Promise<void> {
    const { verdict } = answer;
    const key = `${url.pathname}|${reading.threadKey ?? ''}|${verdict.level}|${verdict.leader?.id ?? ''}|${verdict.highlights.length}`;
    const quiet = verdict.level === 'none' || answer.dismissed || key === closedKey;
    if (quiet) {
      if (answer.layout === 'unknown' && !layoutNoticeDismissed) {
        (await banner()).showLayoutNotice(locale, () => {
          layoutNoticeDismissed = true;
          void banner().then((b) => b.hide());
        });
      } else if (ui) (await ui).hide();
      return;
    }
    const byId = new Map(reading.messages.map((m) => [m.id, m]));
    const close = () => {
      closedKey = key;
      void banner().then((b) => b.hide());
    };
    (await banner()).showVerdict({
      answer,
      messages: answer.messageIds.map((id) => byId.get(id)?.text ?? ''),
      pageUrl: url.href,
      locale,
      onClose: close,
      onMistake: () => {
        if (reading.subject) {
          void browser.runtime.sendMessage({ type: 'mark-mistake', subject: requestReading(reading).subject, leaderId: verdict.leader?.id });
        }
        close();
      },
    });
  }
}
