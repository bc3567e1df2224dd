import { describe, expect, it } from 'vitest';
import { analyzeMessage, requestThreshold } from '../../lib/money';
import { requests } from './fixtures/requests';
import { notRequests } from './fixtures/not-requests';

describe('realistic corpus', () => {
  it('holds at least 60 requests and 60 non-requests', () => {
    expect(requests.length).toBeGreaterThanOrEqual(60);
    expect(notRequests.length).toBeGreaterThanOrEqual(60);
  });

  it.each(requests)('asks for money: %s', (text) => {
    const a = analyzeMessage(text);
    expect(a.moneyRequest).toBe(true);
    expect(a.score).toBeGreaterThanOrEqual(requestThreshold);
  });

  it.each(notRequests)('does not ask for money: %s', (text) => {
    const a = analyzeMessage(text);
    expect(a.moneyRequest).toBe(false);
    expect(a.score).toBeLessThan(requestThreshold);
  });

  it('scores a request with amount, account, urgency and secrecy above a bare one', () => {
    const bare = analyzeMessage('Em chuyển khoản giúp anh nhé');
    const full = analyzeMessage(
      'Anh đang họp không nghe máy, em chuyển khoản gấp giúp anh 20tr vào STK 0123456789 VCB, đừng nói với ai',
    );
    expect(bare.moneyRequest).toBe(true);
    expect(full.score).toBeGreaterThan(bare.score);
    expect(full.score).toBeLessThanOrEqual(1);
  });
});
