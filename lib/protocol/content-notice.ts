/**
 * The messages the background sends a content script unasked (see contentNoticeSchema in messages.ts, the
 * reference shape). Nudges to ask again or to move focus to the warning, never answers. Checked here by hand because zod would add about
 * 88 KB to each content script (measured with `npx wxt build`: 34.6 KB without, 123 KB with), for messages of at
 * most one string field. tests/protection checks that this reader and the schema accept and refuse the same
 * messages.
 */
export type ContentNotice =
  /** The avatar it was shown has been hashed and the photo changes the verdict. */
  | { type: 'photo-verdict-changed'; avatarUrl: string }
  /**
   * The user changed the settings (language, sensitivity, sites) or a new directory came in: what the page
   * shows may have changed.
   */
  | { type: 'ask-again' }
  /**
   * The user pressed the extension's shortcut "focus-warning" (wxt.config.ts `commands`) in this tab: move the
   * keyboard focus to the warning shown, if any. Nothing else: the content script decides what, if anything, to focus.
   */
  | { type: 'focus-warning' };

const MAX_URL = 4096;

export function readContentNotice(raw: unknown): ContentNotice | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { type, avatarUrl } = raw as Record<string, unknown>;
  if (type === 'ask-again' || type === 'focus-warning') return { type };
  if (type !== 'photo-verdict-changed' || typeof avatarUrl !== 'string' || avatarUrl.length > MAX_URL) return undefined;
  return { type, avatarUrl };
}
