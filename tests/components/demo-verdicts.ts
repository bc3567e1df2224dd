import type { LeaderSummary, MessageHighlight, Verdict } from '../../lib/verdict/types';

/**
 * Verdicts built by hand from lib/verdict/types.ts (2026-11, while the verdict engine was written in parallel),
 * around the demo directory's first leader (lib/directory/demo-directory.json). Invented people and numbers.
 */
export const minh: LeaderSummary = {
  id: 'qt-stc-gd',
  name: 'Lê Quang Minh',
  title: 'Giám đốc',
  organization: 'Sở Tài chính tỉnh Quảng Trị',
  verifiedAccounts: [
    { platform: 'facebook', id: '100012345678901', username: 'lequangminh.qt' },
    { platform: 'zalo', phone: '0912345678' },
  ],
  phones: ['0233 3812 345'],
  publisherId: 'demo-qt',
};

/** What the scammer wrote, as a chat would show it. */
export const scamMessages = [
  'Chào em, anh đang họp.',
  'Em chuyển giúp anh 5 triệu vào STK 0123456789 nhé, chiều anh gửi lại.',
];

/** A highlight over an exact phrase of a message, so the fixture cannot drift from its text. */
export function highlightOf(messageIndex: number, phrase: string, kind: string): MessageHighlight {
  const start = scamMessages[messageIndex]!.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in message ${messageIndex}`);
  return { messageIndex, start, end: start + phrase.length, kind };
}

export const dangerVerdict: Verdict = {
  level: 'danger',
  leader: minh,
  reasons: [
    { code: 'disguised-name', found: 'ï', meaning: 'i', tag: 'homoglyph' },
    { code: 'claims-title', claimed: 'GĐ Sở Tài chính' },
    { code: 'asks-for-money', amounts: [5_000_000], phrases: ['chuyển giúp anh'] },
  ],
  nameScore: 0.96,
  highlights: [highlightOf(1, 'chuyển giúp anh', 'request'), highlightOf(1, '5 triệu', 'amount')],
  amounts: [5_000_000],
  accounts: ['0123456789'],
};

export const lookalikeVerdict: Verdict = {
  level: 'lookalike',
  leader: minh,
  reasons: [
    { code: 'disguised-name', found: 'ï', meaning: 'i', tag: 'homoglyph' },
    { code: 'same-photo', distance: 10 },
  ],
  nameScore: 0.96,
  highlights: [],
  amounts: [],
  accounts: [],
};

export const hijackVerdict: Verdict = {
  level: 'hijack-risk',
  leader: minh,
  reasons: [
    { code: 'verified-account', platform: 'facebook' },
    { code: 'asks-for-money', amounts: [5_000_000], phrases: ['chuyển giúp anh'] },
  ],
  highlights: [highlightOf(1, 'chuyển giúp anh', 'request')],
  amounts: [5_000_000],
  accounts: ['0123456789'],
};

/** Danger with nobody imitated: a number in the chat is on the directory's reported list. */
export const flaggedOnlyVerdict: Verdict = {
  level: 'danger',
  leader: null,
  reasons: [{ code: 'flagged-bank-account', value: '0123456789', holder: 'NGUYEN VAN B', reportedBy: ['demo-qt'] }],
  highlights: [],
  amounts: [],
  accounts: [],
};

export const verifiedVerdict: Verdict = {
  level: 'verified',
  leader: minh,
  reasons: [{ code: 'verified-account', platform: 'facebook' }],
  highlights: [],
  amounts: [],
  accounts: [],
};

export const namesakeVerdict: Verdict = { ...verifiedVerdict, level: 'namesake', reasons: [{ code: 'same-name' }] };
export const noneVerdict: Verdict = { ...verifiedVerdict, level: 'none', leader: null, reasons: [] };
