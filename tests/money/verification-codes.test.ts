import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/money';

const asks = (text: string): boolean => analyzeMessage(text).moneyRequest;

describe('asking for a verification code or a card code', () => {
  it.each([
    ['a digit count names the code', 'Chị ơi gửi giúp em mã 4 số vừa nhắn về máy chị nhé'],
    ['a code that arrived on the reader phone', 'Em nhắn lại giúp anh mã số vừa gửi tới điện thoại em'],
    ['the code named earlier, the verb addressed later', 'Có mã xác thực gửi về máy em đấy, em đọc giúp anh với'],
    ['"gửi lại" hands the code back', 'Mã kích hoạt vừa về máy em, em gửi lại cho chị mã đó nhé'],
    ['without diacritics', 'e gui giup a ma 6 so zalo vua nhan ve may e nhe'],
    ['asking for the code', 'Cho anh xin mã OTP với'],
    ['a card serial', 'Em cào thẻ rồi chụp số seri gửi anh nhé'],
  ])('%s', (_why, text) => {
    const a = analyzeMessage(text);
    expect(a.moneyRequest).toBe(true);
    expect(a.signals).toContain('card-or-otp');
  });

  it.each([
    ['a warning not to give codes', 'Đừng bao giờ đọc mã OTP cho người lạ'],
    ['the bank sending the code', 'Ngân hàng gửi mã OTP về máy em nhưng em chưa dùng'],
    ['a code already sent', 'Em đã gửi mã xác nhận cho phòng IT rồi'],
    ['a tax code', 'Em gửi anh mã số thuế của đơn vị nhé'],
    ['"mà" is not "mã"', 'Em gửi anh bản kế hoạch mà anh cần nhé'],
    ['no code anywhere', 'Em đọc giúp anh bản thảo này nhé'],
  ])('%s is not', (_why, text) => {
    expect(asks(text)).toBe(false);
  });
});
