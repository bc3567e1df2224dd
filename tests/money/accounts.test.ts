import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/money';

const numbers = (text: string): string[] => analyzeMessage(text).accounts.map((a) => a.number);

describe('account numbers', () => {
  it.each([
    ['stk 0123456789 vcb', '0123456789'],
    ['STK: 0123 4567 89 Agribank', '0123456789'],
    ['số tài khoản 1903.6543.2190.11 Techcombank', '19036543219011'],
    ['TK 106870123456', '106870123456'],
    ['chuyển vào 0011001234567 nhé', '0011001234567'],
    ['Vietcombank 0071000123456', '0071000123456'],
    ['0451000234567 - VCB - LE VAN D', '0451000234567'],
    ['tk ACB 123456', '123456'],
    ['stk 123.456.789', '123456789'],
  ])('%s -> %s', (text, number) => {
    expect(numbers(text)).toEqual([number]);
  });

  it('takes a phone-shaped number as an account only beside an account label or bank', () => {
    expect(numbers('stk 0987654321 MB')).toEqual(['0987654321']);
    expect(numbers('momo 0912345678')).toEqual(['0912345678']);
    expect(numbers('gọi anh số 0987654321 nhé')).toEqual([]);
    expect(numbers('vào 0987654321 nhé')).toEqual([]);
  });

  it.each([
    'họp ngày 12.03.2024 lúc 14:30',
    'Văn bản số 1234567/UBND',
    'Chuyển 10.000.000đ nhé',
    'lúc 14-03-2024 09:12:44',
    'mã số thuế 3200123456',
    'số điện thoại của sở 0233 3852 345',
    'giá 1.250.000.000 đồng',
  ])('finds no account in %s', (text) => {
    expect(numbers(text)).toEqual([]);
  });

  it('names the bank beside the number', () => {
    const [account] = analyzeMessage('chuyển vào tk viettin 108001234567 giúp anh').accounts;
    expect(account?.bank).toEqual({ code: 'CTG', bin: '970415', shortName: 'VietinBank' });
  });

  it('does not give a bank to a number when another number sits between them', () => {
    const a = analyzeMessage('Em chuyển 3.500.000 vào tài khoản 2145678901 Sacombank giúp chị');
    expect(a.accounts.map((x) => x.number)).toEqual(['2145678901']);
    expect(a.amounts).toEqual([3_500_000]);
  });

  it('gives the number alone when no bank is named', () => {
    expect(analyzeMessage('STK 108001234567').accounts).toEqual([{ number: '108001234567' }]);
  });
});

describe('account holders', () => {
  it.each([
    ['STK 0123456789 VCB, chủ TK NGUYEN VAN B', 'NGUYEN VAN B'],
    ['STK 0123456789 Agribank. Tên: Trần Thị C', 'Trần Thị C'],
    ['tk 0123456789 mb, CTK LE THI HOA', 'LE THI HOA'],
    ['0123456789 - MB Bank - TRAN VAN C', 'TRAN VAN C'],
    ['0123456789\nNGUYỄN VĂN ĐỨC\nVietcombank', 'NGUYỄN VĂN ĐỨC'],
    ['STK 0123456789 VCB NGUYEN VAN B', 'NGUYEN VAN B'],
    ['người nhận: Phạm Thị E, tk 12345678 ACB', 'Phạm Thị E'],
    ['chủ tài khoản Đỗ Văn F, STK 123456789 VPBank', 'Đỗ Văn F'],
  ])('%s -> %s', (text, holder) => {
    const a = analyzeMessage(text);
    expect(a.accounts[0]?.holder).toBe(holder);
    expect(a.signals).toContain('holder');
  });

  it('does not take the bank tag or a lower-case word for a name', () => {
    expect(analyzeMessage('stk 0123456789 MB BANK').accounts[0]?.holder).toBeUndefined();
    expect(analyzeMessage('tên em là hoa, stk 0123456789 vcb').accounts[0]?.holder).toBeUndefined();
  });
});

describe('phones', () => {
  it.each([
    ['gọi 0912345678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['(+84)912345678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['0233 3812 345', '02333812345'],
  ])('%s -> %s', (text, phone) => {
    const a = analyzeMessage(text);
    expect(a.phones).toEqual([phone]);
    expect(a.signals).toContain('phone');
  });

  it.each(['stk 19036543219011', '0123456789', 'Hotline 1900 1234', 'mã 123456'])('finds no phone in %s', (text) => {
    expect(analyzeMessage(text).phones).toEqual([]);
  });
});
