import { describe, expect, it } from 'vitest';
import { classifyInput } from '../../lib/check';

// What the "Kiểm tra" box makes of what people paste (shapes from facebook.com, messenger.com and zalo.me
// addresses as they appear in the address bar and in "copy link", 2026-11).
describe('classifyInput', () => {
  it.each([
    ['https://www.facebook.com/profile.php?id=100099999999999', { kind: 'facebook-profile', id: '100099999999999' }],
    ['facebook.com/lequangminh.qt', { kind: 'facebook-profile', username: 'lequangminh.qt' }],
    ['https://m.facebook.com/lequangminh.qt/about', { kind: 'facebook-profile', username: 'lequangminh.qt' }],
    ['https://www.messenger.com/t/100012345678901', { kind: 'messenger-chat', id: '100012345678901' }],
    ['https://www.facebook.com/messages/e2ee/t/100012345678901', { kind: 'messenger-chat', id: '100012345678901' }],
    ['https://m.me/lequangminh.qt', { kind: 'facebook-profile', username: 'lequangminh.qt' }],
    ['https://zalo.me/84912345678', { kind: 'zalo-link', phone: '0912345678' }],
  ])('%s is a link to an account', (text, expected) => {
    expect(classifyInput(text)).toMatchObject(expected);
  });

  it('reads a post, a group or another site as a link without an account', () => {
    expect(classifyInput('https://www.facebook.com/groups/123456789').kind).toBe('other-link');
    expect(classifyInput('https://zalo.me/g/abcdef').kind).toBe('other-link');
    expect(classifyInput('https://example.com/lequangminh').kind).toBe('other-link');
  });

  it('reads phones in national and international form, with separators', () => {
    expect(classifyInput('0912 345 678')).toEqual({ kind: 'phone', phone: '0912345678', digits: '0912345678' });
    expect(classifyInput('+84 987.654.321')).toMatchObject({ kind: 'phone', phone: '0987654321' });
    expect(classifyInput('Zalo: 0899 999 999')).toMatchObject({ kind: 'phone', phone: '0899999999' });
  });

  it('reads bank accounts, with or without the bank', () => {
    expect(classifyInput('1234567890')).toEqual({ kind: 'bank-account', number: '1234567890' });
    expect(classifyInput('0451 000 987 654')).toMatchObject({ kind: 'bank-account', number: '0451000987654' });
    const withBank = classifyInput('Vietcombank 1234567890 NGUYEN VAN B');
    expect(withBank).toMatchObject({ kind: 'bank-account', number: '1234567890', bank: { code: 'VCB' } });
  });

  it('reads a short line without digits as a name, even disguised', () => {
    expect(classifyInput('  Lê Quang Minh ')).toEqual({ kind: 'name', name: 'Lê Quang Minh' });
    expect(classifyInput('Lê Quang Mіnh (Giám đốc Sở Tài chính)')).toMatchObject({ kind: 'name' });
  });

  it('reads sentences and money requests as messages', () => {
    expect(classifyInput('Chuyển giúp anh 5 triệu')).toMatchObject({ kind: 'message' });
    expect(classifyInput('e oi ck giup a 10tr vao stk 0451000987654 BIDV ten TRAN THI C, toi a gui lai').kind).toBe('message');
    expect(classifyInput('Anh đang họp. Em gọi lại sau nhé').kind).toBe('message');
    expect(classifyInput('   ')).toEqual({ kind: 'empty' });
  });
});
