import { describe, expect, it } from 'vitest';
import { parseMessageLabel } from '../../lib/sites/facebook/message-label';

describe('parseMessageLabel', () => {
  it('parses the English 2026 label', () => {
    expect(parseMessageLabel('At 3:08 AM, Alex Moreau: Chuyển khoản giúp anh 5 triệu', 'Chuyển khoản giúp anh 5 triệu')).toEqual({
      time: '3:08 AM', sender: 'Alex Moreau', own: false, text: 'Chuyển khoản giúp anh 5 triệu',
    });
  });

  it('parses the Vietnamese label and recognises our own messages ("Bạn", "You")', () => {
    expect(parseMessageLabel('Lúc 10:02, Bạn: Dạ', 'Dạ')).toMatchObject({ time: '10:02', sender: 'Bạn', own: true });
    expect(parseMessageLabel('At 9:14 PM, You: ok')).toMatchObject({ sender: 'You', own: true, text: 'ok' });
  });

  it('splits where the visible text begins, whatever colons and commas the message holds', () => {
    expect(parseMessageLabel('At Tuesday, 3:08 PM, Minh: STK: 1234567890, ngân hàng: VCB', 'STK: 1234567890, ngân hàng: VCB')).toEqual({
      time: 'Tuesday, 3:08 PM', sender: 'Minh', own: false, text: 'STK: 1234567890, ngân hàng: VCB',
    });
  });

  it('without the visible text, splits at the first ": " after the time', () => {
    expect(parseMessageLabel('Lúc 10:02, Khách: giá: 5 triệu')).toMatchObject({ time: '10:02', sender: 'Khách', text: 'giá: 5 triệu' });
  });

  it('keeps a disguised sender name exactly as written (invisible characters included)', () => {
    expect(parseMessageLabel('Lúc 09:00, Lê Quang\u200b Minh: em ơi', 'em ơi')?.sender).toBe('Lê Quang\u200b Minh');
  });

  it('refuses labels in no known language or without a sender', () => {
    expect(parseMessageLabel('Um 3:08, Alex: hallo')).toBeNull();
    expect(parseMessageLabel('At 3:08 AM')).toBeNull();
  });
});
