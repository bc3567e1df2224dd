import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import type { PageAnswer } from '@/lib/protection/service';
import type { PageReading } from '@/lib/sites/types';
import { watchPage } from '@/lib/watch/page-watcher';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/locale';
import { loadBannerUi } from './banner-loader';
import type { BannerUi } from './banner-ui';
import { levelRank } from '@/lib/verdict/levels';
import { requestReading } from './request-reading';
import { createBlobAvatarHasher } from './blob-avatar';
import { readContentNotice } from '@/lib/protocol/content-notice';
import { readCheckNow, type CheckNowAnswer } from '@/lib/check/check-now';
import { readPage } from '@/lib/sites';
import { createAskQueue } from './ask-queue';

/**
 * What a content script does on Facebook, Messenger or Zalo Web: watch the page (lib/watch), ask the background
 * for a verdict whenever what the page shows changes, and show the verdict. This file stays light: the React
 * banner loads only when there is something to show. Everything is torn down when the extension is reloaded.
 */
/** Questions to the background while a chat fills up: often enough to warn at once, rarely enough to cost nothing. */
const ASK_INTERVAL_MS = 400;

const rank = (answer: PageAnswer): number => (answer.dismissed ? 0 : levelRank(answer.verdict.level));

export function guardPage(ctx: ContentScriptContext): void {
  /**
   * The language of the words shown: the background decides it from the user's setting and sends it with every
   * answer (content scripts never read settings). Until the first answer, Vietnamese.
   */
  let locale: Locale = defaultLocale;
  let ui: Promise<BannerUi> | undefined;
  /** The verdict the user closed: it stays closed until something new is found. */
  let closedKey: string | undefined;
  let layoutNoticeDismissed = false;
  /**
   * The place (address and thread) where the user just confirmed "Đây là nhầm lẫn": the notice saying where to undo
   * it stays there, through the quiet answers that follow, until it is closed or the user moves elsewhere.
   */
  let notedPlace: string | undefined;

  /** One question at a time, at most one every ASK_INTERVAL_MS, answers in the order the readings were taken. */
  const questions = createAskQueue<{ reading: PageReading; url: URL }>({
    intervalMs: ASK_INTERVAL_MS,
    send: ({ reading, url }) => askNow(reading, url),
    alive: () => !ctx.isInvalid,
  });
  const ask = (reading: PageReading, url: URL): void => questions.ask({ reading, url });

  const watcher = watchPage({
    document,
    getUrl: () => new URL(location.href),
    onReading: (reading, url) => ask(reading, url),
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.refresh());
  const withBlobAvatarHash = createBlobAvatarHasher(document);

  /**
   * The background's nudges, accepted only from this extension (tabs.sendMessage can come from nowhere else, and
   * the sender is checked anyway) and only in the expected shape (checked without zod, see content-notice.ts). It
   * hashes an avatar after answering (a photo never delays the banner) and says so when the photo changes the
   * verdict: the page is asked about again if it still shows that avatar. When the user changes the settings or a
   * new directory comes in, the page is asked about again, so the banner speaks the new language, follows the new
   * sensitivity, warns about an account just reported, or goes away when its site is turned off. When the user
   * presses the shortcut "focus-warning", the focus moves to the warning shown, if any.
   */
  const onNotice = (raw: unknown, sender: { id?: string }): undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const notice = readContentNotice(raw);
    if (!notice) return undefined;
    // The shortcut: focus the warning shown, if any. No banner code loaded means nothing is shown: nothing to do.
    if (notice.type === 'focus-warning') {
      void ui?.then((u) => u.focus());
      return undefined;
    }
    questions.askAgain((last) => notice.type !== 'photo-verdict-changed' || last.reading.subject?.avatarUrl === notice.avatarUrl);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onNotice);

  /**
   * "Kiểm tra hồ sơ này" in the popup: read the page again and ask for a verdict now, even if nothing changed (the
   * directory may have). Accepted only from this extension and only in the expected shape (readCheckNow, no zod);
   * the answer goes out once the background has judged, so the popup can show the fresh verdict.
   */
  const onCheckNow = (raw: unknown, sender: { id?: string }, sendResponse: (answer: CheckNowAnswer) => void): true | undefined => {
    if (sender.id !== browser.runtime.id || !readCheckNow(raw)) return undefined;
    void checkNow().then(sendResponse, () => sendResponse({ read: false }));
    return true; // the answer comes asynchronously
  };
  browser.runtime.onMessage.addListener(onCheckNow);
  // For the page benchmark (scripts/bench/page.ts), which reads it through the DevTools protocol. This global lives
  // in the content script's isolated world: the page cannot see or change it.
  (globalThis as { __chongGiaDanhStats?: unknown }).__chongGiaDanhStats = watcher.stats;
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onNotice);
    browser.runtime.onMessage.removeListener(onCheckNow);
    watcher.stop();
    questions.stop();
    void ui?.then((u) => u.remove());
  });

  const banner = (): Promise<BannerUi> => (ui ??= loadBannerUi(ctx));

  /** How many messages a fresh reading keeps, as the watcher does by default. */
  const CHECK_NOW_MESSAGES = 60;

  async function checkNow(): Promise<CheckNowAnswer> {
    watcher.refresh();
    const url = new URL(location.href);
    const fresh = readPage(document, url, { recentMessages: CHECK_NOW_MESSAGES });
    if (!fresh) return { read: false };
    // In the same thread, keep the messages the watcher saw that scrolled out of a virtualised list.
    const lastAsked = questions.last();
    const sameThread = lastAsked && lastAsked.url.href === url.href && lastAsked.reading.threadKey === fresh.threadKey;
    const freshIds = new Set(fresh.messages.map((m) => m.id));
    const earlier = sameThread ? lastAsked.reading.messages.filter((m) => !freshIds.has(m.id)) : [];
    const reading = { ...fresh, messages: [...earlier, ...fresh.messages].slice(-CHECK_NOW_MESSAGES) };
    // Through the queue, so this answer cannot overtake or be overtaken by the watcher's questions.
    await questions.askAndWait({ reading, url });
    return { read: true, layout: reading.layout };
  }

  async function askNow(reading: PageReading, url: URL): Promise<void> {
    let answer: PageAnswer | { error: string } | undefined;
    try {
      const sent = await withBlobAvatarHash(requestReading(reading));
      answer = (await browser.runtime.sendMessage({ type: 'judge-page', url: url.href, reading: sent })) as
        | PageAnswer
        | { error: string }
        | undefined;
    } catch {
      // The extension was reloaded or the background is restarting; the next change asks again.
      return;
    }
    if (ctx.isInvalid || !answer || 'error' in answer) return;
    if (isLocale(answer.locale)) locale = answer.locale;
    const kept = louder(answer, reading, url);
    await show(kept.answer, kept.texts, reading, url);
  }

  /**
   * A warning stays for as long as the user is in that thread: forty chatty messages after a request for money
   * do not make it safe, and virtualised lists drop old rows from the page.
   */
  let loudest: { place: string; answer: PageAnswer; texts: Map<string, string> } | undefined;
  function louder(answer: PageAnswer, reading: PageReading, url: URL): { answer: PageAnswer; texts: Map<string, string> } {
    const place = `${url.href}|${reading.threadKey ?? ''}`;
    const texts = new Map(reading.messages.map((m) => [m.id, m.text]));
    // A site the user turned off shows nothing, whatever it showed before.
    // Nor does an account the user marked as a mistake (in this tab or another).
    if (!loudest || loudest.place !== place || answer.siteOff || answer.dismissed || rank(answer) >= rank(loudest.answer)) loudest = { place, answer, texts };
    return loudest;
  }

  /** `texts`: message texts by id, for the messages the verdict quotes. */
  async function show(answer: PageAnswer, texts: Map<string, string>, reading: PageReading, url: URL): Promise<void> {
    const { verdict } = answer;
    const key = `${url.pathname}|${reading.threadKey ?? ''}|${verdict.level}|${verdict.leader?.id ?? ''}|${verdict.highlights.length}`;
    const quiet = verdict.level === 'none' || answer.dismissed || key === closedKey;
    const place = `${url.pathname}|${reading.threadKey ?? ''}`;
    if (notedPlace !== undefined && (notedPlace !== place || !quiet)) notedPlace = undefined;
    if (quiet && notedPlace === place) return;
    if (quiet) {
      if (answer.layout === 'unknown' && !layoutNoticeDismissed && !answer.siteOff) {
        (await banner()).showLayoutNotice(locale, () => {
          layoutNoticeDismissed = true;
          void banner().then((b) => b.hide());
        });
      } else if (ui) (await ui).hide();
      return;
    }
    const close = () => {
      closedKey = key;
      void banner().then((b) => b.hide());
    };
    (await banner()).showVerdict({
      answer,
      messages: answer.messageIds.map((id) => texts.get(id) ?? ''),
      locale,
      onClose: close,
      // Offered only where the background can remember the account (answer.accountKey: not in a group chat).
      // Confirmed in the banner and stored, the banner gives way to a notice saying where it can be undone; if it
      // could not be stored, the banner only closes, and nothing claims otherwise.
      onMistake:
        answer.accountKey && reading.subject
          ? () => {
              const subject = requestReading(reading).subject;
              void (browser.runtime.sendMessage({ type: 'mark-mistake', subject, leaderId: verdict.leader?.id }) as Promise<{ ok?: boolean } | undefined>)
                .catch(() => undefined)
                .then((saved) => {
                  if (!saved?.ok) return close();
                  closedKey = key;
                  notedPlace = place;
                  loudest = undefined;
                  void banner().then((b) =>
                    b.showMistakeNoted(locale, () => {
                      notedPlace = undefined;
                      void banner().then((u) => u.hide());
                    }),
                  );
                });
            }
          : undefined,
      // The report page about this tab, opened by the background next to it: the tab is the sender's own.
      onReport: () => void browser.runtime.sendMessage({ type: 'open-report' }),
    });
  }
}
