import type { ContentScriptContext } from '#imports';
import type { Locale } from '@/lib/i18n';
import type { PageAnswer } from '@/lib/protection/service';
import { VerdictView } from '../VerdictView';
import { LayoutNotRecognised } from '../LayoutNotRecognised';
import { MistakeNoted } from '../MistakeNoted';
import { createBannerHost, type BannerHost } from './banner-host';
import { NamesakeBanner, namesakeWords } from './NamesakeBanner';
import { bannerAnnouncement } from '../banner-text';

/** What the light content script hands the banner: plain data and callbacks, no React. */
export interface VerdictShowing {
  answer: PageAnswer;
  /** The texts the verdict's highlights index into. */
  messages: string[];
  locale: Locale;
  onClose(): void;
  /** The user confirmed "Đây là nhầm lẫn"; absent when the page shows no account to remember. */
  onMistake?(): void;
  /** "Báo cáo": the report page about this tab (lib/report), with the evidence the background kept. */
  onReport(): void;
}

export interface BannerUi {
  showVerdict(showing: VerdictShowing): void;
  showLayoutNotice(locale: Locale, onDismiss: () => void): void;
  /** In place of the banner, once the user confirmed it was a mistake: what happened and where to undo it. */
  showMistakeNoted(locale: Locale, onClose: () => void): void;
  /** The shortcut "focus-warning": focus what is shown; false when nothing is. */
  focus(): boolean;
  hide(): void;
  remove(): void;
}

/**
 * The React half of the content script, loaded only when a page has something to show (see banner-loader.ts):
 * most pages never pay for React.
 */
export async function createBannerUi(ctx: ContentScriptContext): Promise<BannerUi> {
  const host: BannerHost = await createBannerHost(ctx);
  /** The level and leader last announced: told again only when one of them changes, not at every answer. */
  let announced: string | undefined;
  const announceOnce = (key: string, text: () => string): void => {
    if (key === announced) return;
    announced = key;
    host.announce(text());
  };
  return {
    showVerdict({ answer, messages, locale, onClose, onMistake, onReport }) {
      const { verdict } = answer;
      const key = `${verdict.level}|${verdict.leader?.id ?? ''}|${locale}`;
      if (answer.namesakeBanner && verdict.level === 'namesake' && verdict.leader) {
        const leader = verdict.leader;
        host.show(<NamesakeBanner leader={leader} locale={locale} onClose={onClose} onMistake={onMistake} />);
        announceOnce(key, () => {
          const { word, summary, instruction } = namesakeWords(leader, locale);
          return `${word}. ${summary} ${instruction}`;
        });
        return;
      }
      host.show(
        <VerdictView
          verdict={verdict}
          messages={messages}
          senderName={answer.senderName}
          locale={locale}
          onClose={onClose}
          onMistake={onMistake}
          onReport={onReport}
        />,
      );
      // Danger is an alert of its own (WarningBanner); the amber levels speak through the host's status.
      const level = verdict.level;
      if (level === 'lookalike' || level === 'hijack-risk') announceOnce(key, () => bannerAnnouncement({ ...verdict, level }, locale));
      else announced = key;
    },
    showLayoutNotice(locale, onDismiss) {
      announced = undefined;
      host.announce('');
      host.show(<LayoutNotRecognised locale={locale} onDismiss={onDismiss} />);
    },
    showMistakeNoted(locale, onClose) {
      announced = undefined;
      host.announce('');
      host.show(<MistakeNoted locale={locale} onClose={onClose} />);
    },
    focus: () => host.focus(),
    hide: () => {
      announced = undefined;
      host.hide();
    },
    remove: () => host.remove(),
  };
}
