import { describe, expect, it } from 'vitest';
import { describeCharacter, describeReason, disguiseDetail, wordHoldingDisguise } from '../../lib/i18n';
import type { Reason } from '../../lib/verdict/types';

// One reason of each code, shaped by hand from lib/verdict/types.ts (the verdict engine is written in parallel).
const everyReason: Reason[] = [
  { code: 'verified-account', platform: 'facebook' },
  { code: 'same-name' },
  { code: 'similar-name', differences: ['typo', 'reordered'] },
  { code: 'similar-name', differences: [] },
  { code: 'disguised-name', found: 'ï', meaning: 'i', tag: 'homoglyph' },
  { code: 'disguised-name', found: '\u200b', tag: 'invisible' },
  { code: 'disguised-name', found: '✔', tag: 'decoration' },
  { code: 'disguised-name', found: 'ı', tag: 'unknown-tag' },
  { code: 'claims-title', claimed: 'GĐ' },
  { code: 'claims-organization', claimed: 'Sở Y tế' },
  { code: 'same-photo', distance: 12 },
  { code: 'asks-for-money', amounts: [5_000_000], phrases: ['chuyển giúp anh'] },
  { code: 'asks-for-money', amounts: [], phrases: [] },
  { code: 'flagged-bank-account', value: '1234567890', holder: 'NGUYEN VAN B', reportedBy: ['demo-qt'] },
  { code: 'flagged-bank-account', value: '1234567890', reportedBy: ['demo-qt'] },
  { code: 'flagged-phone', value: '0987654321', reportedBy: ['demo-qt'] },
  { code: 'flagged-sender', value: '100099999999999', reportedBy: ['demo-qt'] },
];

describe('describeReason', () => {
  it.each(everyReason.map((r) => [r.code, r] as const))('%s reads as one filled sentence in both locales', (_code, reason) => {
    for (const locale of ['vi', 'en'] as const) {
      const sentence = describeReason(reason, locale);
      expect(sentence).not.toMatch(/[{}]/);
      expect(sentence).toMatch(/^\p{Lu}/u);
      expect(sentence).toMatch(/\.$/);
      // One sentence: no full stop before the end, except inside numbers ("5.000.000").
      expect(sentence.slice(0, -1).replace(/\d\.\d/g, '')).not.toMatch(/\.\s/);
    }
  });

  it('shows amounts and reported numbers', () => {
    expect(describeReason({ code: 'similar-name', differences: ['typo', 'reordered'] }, 'vi')).toBe(
      'Tên gần giống tên lãnh đạo (sai một chữ cái; đảo thứ tự họ tên).',
    );
    expect(describeReason({ code: 'similar-name', differences: ['typo'] }, 'en')).toBe('The name is close to the leader’s (one letter wrong).');
    expect(describeReason({ code: 'asks-for-money', amounts: [5_000_000, 2_000_000], phrases: [] }, 'vi')).toBe(
      'Tin nhắn hỏi vay hoặc nhờ chuyển 5.000.000 ₫, 2.000.000 ₫.',
    );
    expect(describeReason({ code: 'flagged-bank-account', value: '1234567890', holder: 'NGUYEN VAN B', reportedBy: ['demo-qt'] }, 'en')).toBe(
      'The bank account 1234567890 (held by NGUYEN VAN B) has been reported as a scam.',
    );
    expect(describeReason({ code: 'verified-account', platform: 'zalo' }, 'vi')).toBe('Đây là tài khoản Zalo đã xác minh trong danh bạ.');
  });

  it('makes a disguised letter visible', () => {
    const reason = { code: 'disguised-name', found: 'ï', meaning: 'i', tag: 'homoglyph' } as const;
    expect(disguiseDetail(reason, 'vi')).toBe('chữ ï (i có dấu hai chấm) thay cho i');
    expect(disguiseDetail(reason, 'en')).toBe('the letter ï (i with two dots above) in place of i');
    expect(describeReason(reason, 'vi')).toBe('Tên dùng chữ ï (i có dấu hai chấm) thay cho i.');
    expect(describeReason({ code: 'disguised-name', found: '\u200b', tag: 'invisible' }, 'vi')).toBe(
      'Tên có ký tự vô hình U+200B chen vào.',
    );
  });
});

describe('describeCharacter', () => {
  it('names the trick behind each kind of look-alike character', () => {
    expect(describeCharacter('о', 'vi')).toBe('chữ Kirin, trông giống chữ Latinh'); // Cyrillic o
    expect(describeCharacter('α', 'en')).toBe('a Greek letter that looks Latin');
    expect(describeCharacter('𝐌', 'vi')).toBe('chữ kiểu trang trí');
    expect(describeCharacter('Ｍ', 'en')).toBe('a decorative styled letter');
    expect(describeCharacter('\u2060', 'en')).toBe('an invisible character U+2060');
    expect(describeCharacter('ǘ', 'vi')).toBe('u có dấu hai chấm và dấu sắc');
    expect(describeCharacter('ı', 'en')).toBe('an unusual character U+0131');
  });
});

describe('wordHoldingDisguise', () => {
  it('finds the word of the shown name that holds the disguise', () => {
    expect(wordHoldingDisguise('Lê Quang Mïnh', 'ï')).toBe('Mïnh');
    expect(wordHoldingDisguise('Lê Quang Minh', 'ï')).toBeUndefined();
    expect(wordHoldingDisguise('Lê Quang Minh', '')).toBeUndefined();
  });
});
