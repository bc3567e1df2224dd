import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import type { PageAnswer } from '@/lib/protection/service';
import type { PageReading } from '@/lib/sites/types';
import { watchPage } from '@/lib/watch/page-watcher';
import { defaultLocale } from '@/lib/i18n';
import { VerdictView } from '../VerdictView';
import { LayoutNotRecognised } from '../LayoutNotRecognised';
import { evidenceText } from '../evidence-text';
import { createBannerHost, type BannerHost } from './banner-host';
import { requestReading } from './request-reading';

/**
 * What a content script does on Facebook, Messenger or Zalo Web: watch the page (lib/watch), ask the background
 * for a verdict whenever what the page shows changes, and show the verdict. Everything it attached is torn down
 * when the extension is reloaded or updated (ctx.onInvalidated).
 */
export function guardPage(ctx: ContentScriptContext): void {
  const locale = defaultLocale;
  let host: Promise<BannerHost> | undefined;
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
  ctx.onInvalidated(() => {
    watcher.stop();
    void host?.then((h) => h.remove());
  });

  // The banner's UI is created only when there is something to show: most pages never need React.
  const banner = (): Promise<BannerHost> => (host ??= createBannerHost(ctx));

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
        (await banner()).show(
          <LayoutNotRecognised
            locale={locale}
            onDismiss={() => {
              layoutNoticeDismissed = true;
              void banner().then((b) => b.hide());
            }}
          />,
        );
        return;
      }
      if (host) (await host).hide();
      return;
    }
    const byId = new Map(reading.messages.map((m) => [m.id, m]));
    const messages = answer.messageIds.map((id) => byId.get(id)?.text ?? '');
    const close = () => {
      closedKey = key;
      void banner().then((b) => b.hide());
    };
    (await banner()).show(
      <VerdictView
        verdict={verdict}
        messages={messages}
        senderName={answer.senderName}
        locale={locale}
        onClose={close}
        onReport={() => {
          const text = evidenceText({
            verdict,
            locale,
            messages,
            senderName: answer.senderName,
            senderAccount: answer.accountKey,
            pageUrl: url.href,
            at: new Date(),
          });
          void navigator.clipboard.writeText(text).catch(() => undefined);
        }}
        onMistake={() => {
          if (reading.subject) {
            void browser.runtime.sendMessage({ type: 'mark-mistake', subject: requestReading(reading).subject, leaderId: verdict.leader?.id });
          }
          close();
        }}
      />,
    );
  }
}
