import { describe, expect, it } from 'vitest';
import { checkText } from '../../lib/check';
import { demoDirectory } from '../../lib/directory/demo';
import { createDetectionEngine } from '../../lib/verdict/engine';

// Against the demo directory (lib/directory/demo-directory.json): Lê Quang Minh (qt-stc-gd) has Facebook
// 100012345678901 / lequangminh.qt, Zalo 0912345678 and the office phone 0233 3812 345; the flagged list holds
// bank accounts 1234567890 and 0451000987654, the phone 0987654321, Facebook 100099999999999 and Zalo 0899999999.
const engine = createDetectionEngine([demoDirectory]);
const check = (text: string) => checkText(engine, text);

describe('checkText: accounts', () => {
  it('a leader’s verified profile link, by id or username, and their Zalo', () => {
    for (const link of ['https://www.facebook.com/profile.php?id=100012345678901', 'https://www.facebook.com/LeQuangMinh.QT', 'https://www.messenger.com/t/100012345678901']) {
      expect(check(link)).toMatchObject({ outcome: 'verified', leader: { id: 'qt-stc-gd' }, reasons: [{ code: 'verified-account', platform: 'facebook' }] });
    }
    expect(check('+84 912 345 678')).toMatchObject({ outcome: 'verified', leader: { id: 'qt-stc-gd' }, reasons: [{ code: 'verified-account', platform: 'zalo' }] });
    expect(check('https://zalo.me/0912345678')).toMatchObject({ outcome: 'verified', leader: { id: 'qt-stc-gd' } });
  });

  it('a leader’s official phone', () => {
    expect(check('0233 3812 345')).toMatchObject({ outcome: 'verified', leader: { id: 'qt-stc-gd' }, reasons: [{ code: 'official-phone', value: '0233 3812 345' }] });
  });

  it('reported accounts and numbers', () => {
    expect(check('https://www.facebook.com/profile.php?id=100099999999999')).toMatchObject({ outcome: 'reported', reasons: [{ code: 'flagged-sender', value: '100099999999999' }] });
    expect(check('0899 999 999')).toMatchObject({ outcome: 'reported', reasons: [{ code: 'flagged-sender' }] });
    expect(check('0987.654.321')).toMatchObject({ outcome: 'reported', reasons: [{ code: 'flagged-phone', value: '0987654321' }] });
    expect(check('1234 5678 90')).toMatchObject({ outcome: 'reported', reasons: [{ code: 'flagged-bank-account', value: '1234567890', holder: 'NGUYEN VAN B' }] });
    expect(check('BIDV 0451000987654')).toMatchObject({ outcome: 'reported', reasons: [{ code: 'flagged-bank-account', value: '0451000987654' }] });
  });

  it('says nothing is known about unknown accounts, and cannot check a link without one', () => {
    expect(check('https://www.facebook.com/profile.php?id=100011122233344')).toMatchObject({ outcome: 'not-found', leader: null, reasons: [] });
    expect(check('9704 1234 5678')).toMatchObject({ outcome: 'not-found' });
    expect(check('0911 222 333')).toMatchObject({ outcome: 'not-found' });
    expect(check('https://www.facebook.com/groups/123456789')).toMatchObject({ outcome: 'not-checkable' });
    expect(check('').outcome).toBe('empty');
  });
});

describe('checkText: names and messages', () => {
  it('a disguised name imitates the leader, and says how', () => {
    const result = check('Lê Quang Mіnh'); // Cyrillic і
    expect(result).toMatchObject({ outcome: 'imitation', leader: { id: 'qt-stc-gd' } });
    expect(result.reasons.some((r) => r.code === 'disguised-name')).toBe(true);
  });

  it('the leader’s own name is a namesake: a name alone proves nothing', () => {
    expect(check('Le Quang Minh')).toMatchObject({ outcome: 'namesake', leader: { id: 'qt-stc-gd' } });
    expect(check('Lê Quang Minh').reasons).toContainEqual({ code: 'same-name' });
  });

  it('an unrelated name is not found', () => {
    expect(check('Phạm Thị Thu Trang')).toMatchObject({ outcome: 'not-found', leader: null });
  });

  it('a money request, with the phrases to highlight; a reported account in it makes it reported', () => {
    const ask = check('Em đang ở cơ quan không? Chuyển giúp anh 5tr vào tài khoản này, chiều anh gửi lại nhé.');
    expect(ask.outcome).toBe('money-request');
    expect(ask.reasons).toContainEqual(expect.objectContaining({ code: 'asks-for-money', amounts: [5000000] }));
    expect(ask.highlights.some((h) => h.kind === 'request')).toBe(true);
    const reported = check('e oi ck giup a 10tr vao stk 0451000987654 BIDV ten TRAN THI C, toi a gui lai');
    expect(reported.outcome).toBe('reported');
    expect(reported.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['asks-for-money', 'flagged-bank-account']));
    expect(check('Chiều nay anh có họp ở Sở không? Em gửi tài liệu sau nhé.')).toMatchObject({ outcome: 'not-found', highlights: [] });
  });
});
