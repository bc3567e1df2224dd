import { describe, expect, it } from 'vitest';
import { analyzeMessage, type MoneySignal } from '../../lib/money';

const asks = (text: string): boolean => analyzeMessage(text).moneyRequest;
const signals = (text: string): MoneySignal[] => analyzeMessage(text).signals;

describe('request phrases, with and without diacritics', () => {
  it.each([
    ['chuyển khoản', 'Em chuyển khoản cho anh nhé', 'Em chuyen khoan cho anh nhe'],
    ['ck', 'ck giúp anh nhé', 'ck giup a nhe'],
    ['chuyển tiền', 'Em chuyển tiền cho anh gấp', 'em chuyen tien cho anh gap'],
    ['mượn', 'Cho anh mượn 5 triệu', 'cho a muon 5 trieu'],
    ['vay', 'Cho chị vay 10tr', 'cho chi vay 10tr'],
    ['ứng', 'Em ứng trước cho anh nhé', 'em ung truoc cho anh nhe'],
    ['chuyển giúp/hộ + sum', 'Chuyển hộ anh 3 củ', 'chuyen ho anh 3 cu'],
    ['gửi + sum', 'Gửi anh 2 triệu nhé', 'gui anh 2 trieu nhe'],
    ['nạp', 'Nạp tiền giúp anh', 'nap tien giup anh'],
    ['thẻ cào', 'Mua giúp anh 5 thẻ cào', 'mua giup anh 5 the cao'],
    ['OTP', 'Em gửi anh mã OTP nhé', 'em gui anh ma otp nhe'],
    ['bắn qua', 'Bắn qua anh 500k', 'ban qua anh 500k'],
    ['zalo pay', 'Chuyển qua Zalo Pay 1 triệu', 'chuyen qua zalopay 1 trieu'],
    ['giúp + sum', 'Giúp anh 5 triệu với', 'giup anh 5 trieu voi'],
    ['cần + sum', 'Anh cần 20tr gấp', 'a can 20tr gap'],
  ])('%s', (_family, written, plain) => {
    expect(asks(written)).toBe(true);
    expect(asks(plain)).toBe(true);
    expect(signals(written)).toContain('request-verb');
  });

  it('reads scratch cards and OTP codes as their own signal', () => {
    expect(signals('Mua giúp anh 5 thẻ cào')).toContain('card-or-otp');
    expect(signals('đọc anh mã xác thực')).toContain('card-or-otp');
  });
});

describe('words that sound like money but are not', () => {
  it.each([
    ['gặp (meet) is not gấp (urgent)', 'Gặp anh chiều nay nhé'],
    ['muốn (want) is not mượn (borrow)', 'Anh muốn 2 phòng họp'],
    ['bạn (friend) is not bắn (send money)', 'Bạn qua đây lấy 2 tập hồ sơ'],
    ['ủng hộ/ứng dụng are not ứng', 'Ứng dụng mới rất tiện, mọi người ủng hộ nhé'],
    ['chuyên viên is not chuyển', 'Chuyên viên mới lương 7 triệu'],
    ['ck as husband', 'Ck em đi công tác rồi'],
  ])('%s', (_why, text) => {
    expect(asks(text)).toBe(false);
  });

  it('tells done, refused and repaid transfers from requests', () => {
    expect(asks('Em chuyển khoản cho anh 5 triệu nhé')).toBe(true);
    expect(asks('Em đã chuyển khoản cho anh 5 triệu nhé')).toBe(false);
    expect(asks('Em chuyển khoản cho anh 5 triệu rồi nhé')).toBe(false);
    expect(asks('Chuyển khoản xong thì báo anh nhé')).toBe(true);
    expect(asks('Đừng chuyển khoản cho ai nhé')).toBe(false);
    expect(asks('Mai anh chuyển lại 5 triệu cho em')).toBe(false);
  });

  it('does not ask when the object of the verb is a document, a person or a job', () => {
    for (const text of ['Mượn anh tài liệu', 'Chuyển công văn', 'Chuyển công tác', 'Gửi báo cáo', 'Nạp hồ sơ', 'Gửi anh bản kế hoạch 2 tỷ']) {
      expect(asks(text)).toBe(false);
    }
  });
});

describe('urgency and secrecy', () => {
  it.each(['gấp', 'ngay bây giờ', 'trong hôm nay', 'đang họp', 'khẩn cấp'])('%s is urgency', (cue) => {
    expect(signals(`Em chuyển khoản giúp anh ${cue} nhé`)).toContain('urgency');
  });

  it.each(['đừng nói với ai', 'giữ kín giúp anh', 'anh không gọi được', 'anh đang bận họp không nghe máy', 'nhắn tin thôi'])(
    '%s is secrecy',
    (cue) => {
      expect(signals(`Em chuyển khoản giúp anh, ${cue}`)).toContain('secrecy');
    },
  );

  it('raises the score of a request', () => {
    const plain = analyzeMessage('Em chuyển khoản cho anh 5 triệu').score;
    expect(analyzeMessage('Em chuyển khoản gấp cho anh 5 triệu').score).toBeGreaterThan(plain);
    expect(analyzeMessage('Em chuyển khoản cho anh 5 triệu, đừng nói với ai').score).toBeGreaterThan(plain);
  });

  it('does not make a request by itself', () => {
    expect(asks('Anh đang họp, không nghe máy được, gấp lắm')).toBe(false);
  });
});

describe('talk about money, which asks for nothing', () => {
  it.each([
    ['a leader denying he asks', 'Chị không bao giờ nhắn tin vay tiền ai, ai nhắn là giả đấy'],
    ['a denial with không có', 'Sếp nói sếp không có nhắn mượn tiền ai hết'],
    ['told to report to the police', 'Nếu có người nhắn mượn tiền thì trình báo công an ngay'],
    ['told to verify first', 'Trước khi chuyển tiền phải xác minh lại qua điện thoại'],
    ['calling an account fake', 'Nick Facebook đang nhắn mượn tiền kia là giả'],
    ['a conditional fee', 'Chuyển tiền liên ngân hàng thì tốn phí 5.500đ'],
    ['a question about fees', 'Chuyển 2 triệu sang Agribank phí bao nhiêu hả anh?'],
    ['a notification without a timestamp', 'VCB: TK 0011004455667 +3,000,000VND. SD 9,100,000VND'],
    ['a notification with a memo', 'TCB: +1,200,000VND tu TRAN VAN B ND tra no. SD: 4,000,000VND'],
    ['the reader told to check what they got', 'Chị gửi em 500k tiền xăng nhé, em kiểm tra tài khoản'],
    ['asking whether the money arrived', 'Anh chuyển 3 triệu cho em, em nhận được tiền chưa?'],
    ['a completed transfer', 'Phòng kế toán đã hoàn tất chuyển tiền lương tháng 5'],
    ['a transfer done at the end of a long clause', 'Anh chuyển khoản tiền phúng viếng nhà bác Tư rồi nhé'],
    ['the verb as a noun after thông báo', 'Em thấy có tin nhắn chuyển tiền mà tài khoản chưa tăng'],
    ['a price quotation sent', 'Gửi chị báo giá: bàn ghế 3tr2, tủ 5tr'],
  ])('%s', (_why, text) => {
    expect(asks(text)).toBe(false);
  });

  it('still asks when the account check is part of a request', () => {
    expect(asks('Em kiểm tra tài khoản xem còn bao nhiêu rồi chuyển anh 5 triệu nhé')).toBe(true);
    expect(asks('Bao giờ em chuyển tiền cho anh?')).toBe(true);
    expect(asks('Em chuyển khoản giúp anh 5tr, anh đang cần gấp rồi')).toBe(true);
    expect(asks('Em chuyển giúp anh 10tr, anh cần xác minh tài khoản mới')).toBe(true);
  });
});

describe('requests that name no sum in VND', () => {
  it.each([
    ['a need, then a transfer verb', 'Chị đang kẹt tiền quá, em chuyển cho chị ít nhé'],
    ['a need, then a plea', 'Anh thiếu tiền đóng viện phí, em giúp anh với'],
    ['a plea with "được không"', 'Em đang cần tiền gấp, chị giúp em được không?'],
    ['a bit of money asked for', 'cho chi xin mot chut tien nhe e'],
    ['a foreign sum', 'Anh cần 500 đô gấp, em chuyển giúp anh nhé'],
    ['a dollar sign', 'Em gửi giúp chị $300 qua tài khoản này'],
    ['ck cho + bare number', 'ck cho c 300 nhe'],
    ['a verb with a sum among budget words', 'Em chuyển 50 triệu cho nhà thầu giúp anh, dự án đang gấp'],
    ['a finished next clause does not make the request done', 'Em cho anh mượn ít tiền, anh hết tiền ăn rồi'],
    ['nor a finished purpose clause', 'Em chuyển khoản giúp chị 3 triệu để chị đóng viện phí cho mẹ rồi'],
    ['a plea after a vocative', 'Chị ơi giúp em với, em đang túng tiền quá'],
  ])('%s', (_why, text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    ['a need alone', 'Dạo này ai cũng cần tiền'],
    ['a plea without money', 'Em giúp anh được không?'],
    ['a plea with a document', 'Anh cần bản báo cáo, em giúp anh với'],
    ['degrees are not dollars', 'Hôm nay trời 35 độ, em gửi anh lịch họp nhé'],
    ['ck as husband', 'Ck cho em đi chơi rồi'],
  ])('%s', (_why, text) => {
    expect(asks(text)).toBe(false);
  });
});
