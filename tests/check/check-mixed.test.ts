import { describe, expect, it } from 'vitest';
import { checkText, classifyInput } from '../../lib/check';
import { demoDirectory } from '../../lib/directory/demo';
import { createDetectionEngine } from '../../lib/verdict/engine';

// What people paste that mixes kinds, from a reviewer's reproduction against the demo directory (2026-11):
// Lê Quang Minh (qt-stc-gd, Zalo 0912345678, office 0233 3812 345); reported: phone 0987654321, Zalo 0899999999,
// bank accounts 1234567890 and 0451000987654.
const engine = createDetectionEngine([demoDirectory]);
const check = (text: string) => checkText(engine, text);

describe('a leader’s name with a number (a contact card)', () => {
  it.each(['GĐ Lê Quang Minh - 0911 111 111', 'Lê Quang Minh 0911111111', 'Zalo Lê Quang Minh 0911111111'])(
    '%s names the leader and says the number is not theirs',
    (text) => {
      const result = check(text);
      expect(['imitation', 'namesake']).toContain(result.outcome);
      expect(result).toMatchObject({ input: { kind: 'phone', phone: '0911111111' }, leader: { id: 'qt-stc-gd', phones: ['0233 3812 345'] } });
      expect(result.reasons[0]).toEqual({ code: 'unlisted-phone', value: '0911111111', leader: 'Lê Quang Minh' });
    },
  );

  it('"the leader has a new number": the name at the start of the words is the leader, the number not theirs', () => {
    const result = check('Lê Quang Minh mới đổi số 0911111111');
    expect(result).toMatchObject({ outcome: 'namesake', leader: { id: 'qt-stc-gd' } });
    expect(result.reasons[0]).toEqual({ code: 'unlisted-phone', value: '0911111111', leader: 'Lê Quang Minh' });
    // Words that name nobody stay unknown.
    for (const text of ['Anh Minh ơi gọi em số 0911111111', 'Chị Lan mới đổi số 0911111111', 'Số mới của em 0911111111']) {
      expect(check(text), text).toMatchObject({ outcome: 'not-found', leader: null });
    }
  });

  it('reads a contact card copied as two lines, in either order', () => {
    for (const text of ['Lê Quang Minh\n0911 111 111', '0911111111\r\nGĐ Lê Quang Minh']) {
      const result = check(text);
      expect(result.input, JSON.stringify(text)).toMatchObject({ kind: 'phone', phone: '0911111111' });
      expect(result.leader?.id, JSON.stringify(text)).toBe('qt-stc-gd');
      expect(result.reasons[0]?.code).toBe('unlisted-phone');
    }
    // Two numbers, or a sentence and a number, stay a message: every number in it is checked.
    expect(classifyInput('0912345678\n0987654321').kind).toBe('message');
    expect(classifyInput('Em chuyển gấp vào số này nhé anh 5 phút nữa\n1234567890').kind).toBe('message');
    expect(classifyInput('Em chuyển gấp vào tài khoản này nhé\n1234567890').kind).toBe('message');
  });

  it('keeps the name the number came with', () => {
    expect(classifyInput('GĐ Lê Quang Minh - 0911 111 111')).toEqual({ kind: 'phone', phone: '0911111111', digits: '0911111111', name: 'GĐ Lê Quang Minh' });
    expect(classifyInput('0912 345 678')).toEqual({ kind: 'phone', phone: '0912345678', digits: '0912345678' });
  });

  it('a reported number is louder than the name, and the leader is still named', () => {
    const result = check('Lê Quang Minh 0987654321');
    expect(result).toMatchObject({ outcome: 'reported', leader: { id: 'qt-stc-gd' } });
    expect(result.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['unlisted-phone', 'flagged-phone']));
    expect(result.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['flagged-phone', 'same-name']));
  });

  it('the leader’s own number with their name is verified; a stranger’s name changes nothing', () => {
    expect(check('Lê Quang Minh 0912345678')).toMatchObject({ outcome: 'verified', leader: { id: 'qt-stc-gd' } });
    expect(check('Phạm Thị Thu Trang 0911111111')).toMatchObject({ outcome: 'not-found', leader: null });
    expect(check('Zalo: 0911 111 111')).toMatchObject({ outcome: 'not-found', leader: null });
    expect(check('gọi em số 0987654321')).toMatchObject({ outcome: 'reported', leader: null });
  });
});

describe('a short line that is a display name with a title, a digit or punctuation', () => {
  it.each(['TS. Lê Quang Minh', 'ThS. Lê Quang Minh', 'Lê Quang Minh - P.GĐ Sở Tài chính', 'Lê Quang Minh: Giám đốc Sở Tài chính', 'Lê Quang Minh 2', 'Lê Quang Minh 1975', 'L3 Quang Minh'])(
    '%s imitates the leader, as the page banner says',
    (text) => expect(check(text)).toMatchObject({ outcome: 'imitation', leader: { id: 'qt-stc-gd' } }),
  );

  it('the leader’s name with trailing dots is a namesake', () => {
    expect(check('Lê Quang Minh...')).toMatchObject({ outcome: 'namesake', leader: { id: 'qt-stc-gd' } });
  });

  it.each(['ok em', 'Chào anh, em đến rồi', 'Anh đang họp. Em gọi lại sau nhé', 'Minh ơi, 5 phút nữa em tới', 'Ok. Minh nhé', 'TS. Nguyễn Văn An', 'Phạm Thị Thu Trang 2', 'Em chào anh Minh ạ. Hôm nay 3h họp nhé'])(
    '%s stays unknown',
    (text) => expect(check(text)).toMatchObject({ outcome: 'not-found', leader: null }),
  );

  it.each([
    'Lê Quang Minh - Zalo 0912345678 - ĐT 02333812345', // the leader's real contact card
    'Lê Quang Minh 0912345678 0233.3812.345',
    'Lê Quang Minh: Đã nhận, cảm ơn em', // a chat line copied as "Sender: text"
    'Lê Quang Minh: mai họp nhé',
    'Lê Quang Minh: 3 việc cần làm',
    'Lê Quang Minh, 45 tuổi',
    'Lê Quang Minh ơi, 5 phút nữa họp',
  ])('%s is about the leader, not an imitation of them', (text) => {
    expect(['not-found', 'namesake']).toContain(check(text).outcome);
  });

  it('a short message still finds a reported number, and a money request is not judged as a name', () => {
    expect(check('Lê Quang Minh, 1234567890, 0451000987654')).toMatchObject({ outcome: 'reported', leader: { id: 'qt-stc-gd' } });
    expect(check('Chuyển khoản cho anh 5tr')).toMatchObject({ outcome: 'money-request', leader: null });
  });
});

describe('several numbers are a list, each checked', () => {
  it.each(['1234567890 0987654321', '0912345678 0987654321', '0912345678\n0987654321', '1234567890 0987654321 MB'])('%s is a message', (text) => {
    expect(classifyInput(text).kind).toBe('message');
    expect(check(text).outcome).toBe('reported');
  });

  it('short groups are still one number', () => {
    expect(classifyInput('1234 5678 90')).toEqual({ kind: 'bank-account', number: '1234567890' });
    expect(classifyInput('0987 654 321')).toMatchObject({ kind: 'phone', phone: '0987654321' });
  });
});

describe('a phone-shaped account number with a bank', () => {
  it.each(['MB 0987654321', '0987654321 MB', 'MBBank 0987654321'])('%s is looked up as the reported phone', (text) => {
    expect(check(text)).toMatchObject({ input: { kind: 'bank-account', number: '0987654321' }, outcome: 'reported', reasons: [{ code: 'flagged-phone', value: '0987654321' }] });
  });

  it('a reported Zalo number as an account is reported', () => {
    expect(check('MB 0899999999')).toMatchObject({ outcome: 'reported', reasons: [{ code: 'flagged-sender' }] });
  });

  it('a leader’s phone as an account number is not verified: anyone can open an account with a chosen number', () => {
    expect(check('MB 0912345678')).toMatchObject({ outcome: 'not-found', leader: null });
  });
});

describe('international formats and stray signs', () => {
  it.each(['(+84) 987-654-321', '+84 (0) 987 654 321', '(+84)987654321'])('%s is the reported phone 0987654321', (text) => {
    expect(classifyInput(text)).toMatchObject({ kind: 'phone', phone: '0987654321' });
    expect(check(text).outcome).toBe('reported');
  });

  it.each(['+', '(+84)', '-', '12345'])('%s is not a number to look up', (text) => {
    expect(classifyInput(text).kind).toBe('message');
    expect(check(text).outcome).toBe('not-found');
  });
});
