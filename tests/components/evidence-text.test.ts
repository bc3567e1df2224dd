import { describe, expect, it } from 'vitest';
import { evidenceText } from '../../components/evidence-text';
import { dangerVerdict, scamMessages } from './demo-verdicts';

describe('evidenceText', () => {
  it('gathers what the police need, quoting only the offending messages', () => {
    const text = evidenceText({
      verdict: dangerVerdict,
      locale: 'vi',
      messages: scamMessages,
      senderName: 'Lê Quang Mïnh',
      senderAccount: 'https://www.facebook.com/100099999999999',
      pageUrl: 'https://www.facebook.com/messages/t/100099999999999',
      at: new Date('2026-11-29T03:00:00Z'),
    });
    expect(text.split('\n')).toEqual([
      'Báo cáo nghi vấn giả danh (Chống Giả Danh)',
      'Mức cảnh báo: NGUY HIỂM',
      'Nhận định: Tài khoản này giả danh Giám đốc Sở Tài chính tỉnh Quảng Trị Lê Quang Minh và đang hỏi tiền.',
      'Người bị giả danh: Giám đốc Sở Tài chính tỉnh Quảng Trị Lê Quang Minh',
      'Tài khoản nghi vấn: Lê Quang Mïnh — https://www.facebook.com/100099999999999',
      'Trang: https://www.facebook.com/messages/t/100099999999999',
      'Thời điểm: 2026-11-29T03:00:00.000Z',
      'Số tiền được hỏi: 5.000.000 ₫',
      'Số tài khoản được đưa ra: 0123456789',
      'Dấu hiệu:',
      '- Tên dùng chữ ï (i có dấu hai chấm) thay cho i.',
      '- Tên tự xưng chức vụ “GĐ Sở Tài chính”.',
      '- Tin nhắn hỏi vay hoặc nhờ chuyển 5.000.000 ₫.',
      'Tin nhắn:',
      `> ${scamMessages[1]}`,
    ]);
  });

  it('writes English and leaves out what it was not given', () => {
    const text = evidenceText({ verdict: dangerVerdict, locale: 'en' });
    expect(text).toContain('Warning level: DANGER');
    expect(text).toContain('Amounts asked: 5,000,000 VND');
    expect(text).not.toContain('Page:');
    expect(text).not.toContain('Messages:');
  });
});
