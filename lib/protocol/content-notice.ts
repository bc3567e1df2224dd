/**
 * The one message the background sends a content script (see contentNoticeSchema in messages.ts, the reference
 * shape). Checked here by hand because zod would add about 88 KB to each content script (measured with
 * `npx wxt build`: 34.6 KB without, 123 KB with), for a message of one string field. tests/protection checks
 * that this reader and the schema accept and refuse the same messages.
 */
export interface ContentNotice {
  type: 'photo-verdict-changed';
  avatarUrl: string;
}

const MAX_URL = 4096;

export function readContentNotice(raw: unknown): ContentNotice | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { type, avatarUrl } = raw as Record<string, unknown>;
  if (type !== 'photo-verdict-changed' || typeof avatarUrl !== 'string' || avatarUrl.length > MAX_URL) return undefined;
  return { type, avatarUrl };
}
