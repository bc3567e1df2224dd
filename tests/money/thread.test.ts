import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../lib/money';

describe('analyzeThread', () => {
  it('carries a request across messages of one sender', () => {
    const t = analyzeThread(['Em ơi đang ở cơ quan không', 'chuyển giúp anh 20tr', 'stk 0123456789 vcb']);
    expect(t.moneyRequest).toBe(true);
    expect(t.perMessage.map((m) => m.moneyRequest)).toEqual([false, true, true]);
    expect(t.amounts).toEqual([20_000_000]);
    expect(t.accounts).toEqual([{ number: '0123456789', bank: { code: 'VCB', bin: '970436', shortName: 'Vietcombank' } }]);
  });

  it('joins a bare verb to a sum in the next message', () => {
    expect(analyzeThread(['Em chuyển giúp anh nhé', '20 triệu']).perMessage.map((m) => m.moneyRequest)).toEqual([true, true]);
  });

  it('does not join messages too far apart', () => {
    const t = analyzeThread(['Em chuyển giúp anh nhé', 'ok', 'ừ', 'hôm nay trời đẹp', 'mai họp', 'lương tháng này 8 triệu']);
    expect(t.perMessage[5]?.moneyRequest).toBe(false);
  });

  it('keeps benign threads benign', () => {
    const t = analyzeThread(['Em gửi anh báo cáo nhé', 'Dự toán năm nay 2 tỷ', 'Anh xem giúp em']);
    expect(t.moneyRequest).toBe(false);
  });

  it('never takes a bank notification as part of a request', () => {
    const t = analyzeThread(['Em chuyển giúp anh nhé', 'TK 0451000234567 +1,500,000VND luc 08:30 15/03/2024. SD 3,210,000VND']);
    expect(t.perMessage[1]?.moneyRequest).toBe(false);
  });

  it('adds urgency said in another message to the score', () => {
    const alone = analyzeThread(['Em chuyển khoản cho anh 20tr']);
    const hurried = analyzeThread(['Anh đang họp, gấp lắm', 'Em chuyển khoản cho anh 20tr']);
    expect(hurried.score).toBeGreaterThan(alone.score);
    expect(hurried.signals).toContain('urgency');
  });

  it('puts highlights at offsets into the messages joined by newlines', () => {
    const texts = ['Em ơi', 'chuyển khoản giúp anh 20tr'];
    const joined = texts.join('\n');
    const t = analyzeThread(texts);
    const amount = t.highlights.find((h) => h.kind === 'amount');
    expect(amount && joined.slice(amount.start, amount.end)).toBe('20tr');
  });

  it('handles an empty thread', () => {
    expect(analyzeThread([])).toMatchObject({ moneyRequest: false, score: 0, perMessage: [] });
  });
});
