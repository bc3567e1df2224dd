import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/money';

const amountsOf = (text: string): number[] => analyzeMessage(text).amounts;

describe('amounts in VND', () => {
  it.each([
    ['5tr', 5_000_000],
    ['5 triệu', 5_000_000],
    ['5 trieu', 5_000_000],
    ['5 triệu rưỡi', 5_500_000],
    ['500k', 500_000],
    ['500 K', 500_000],
    ['500 nghìn', 500_000],
    ['500 ngàn', 500_000],
    ['20 củ', 20_000_000],
    ['1 tỷ 2', 1_200_000_000],
    ['1 tỉ 250', 1_250_000_000],
    ['5,5 triệu', 5_500_000],
    ['1.5 triệu', 1_500_000],
    ['10.000.000đ', 10_000_000],
    ['10,000,000 VND', 10_000_000],
    ['500.000 vnđ', 500_000],
    ['50 triệu đồng', 50_000_000],
    ['2tr5', 2_500_000],
    ['1tr5 nhé', 1_500_000],
    ['1 tỷ 200 triệu', 1_200_000_000],
    ['5tr500k', 5_500_000],
    ['5 triệu 500 nghìn', 5_500_000],
    ['3 trăm nghìn', 300_000],
    ['năm triệu', 5_000_000],
    ['hai trăm nghìn', 200_000],
    ['mười lăm triệu', 15_000_000],
    ['hai mươi lăm triệu', 25_000_000],
    ['ba tỷ rưỡi', 3_500_000_000],
    ['nửa tỷ', 500_000_000],
    ['chuyển 20.000.000 vào tk', 20_000_000],
    ['ＶＮＤ ５００k', 500_000],
    ['2 chục triệu', 20_000_000],
    ['hai chục triệu', 20_000_000],
    ['3 chục nghìn', 30_000],
    ['12 triệu 3, anh đang cần', 12_300_000],
    ['6 triệu 4.', 6_400_000],
    ['4 triệu 2 trăm nghìn tiền hàng', 4_200_000],
    ['1 triệu 5 trăm tiền sách', 1_500_000],
    ['1 tỷ 2 trăm triệu', 1_200_000_000],
    ['chuyển giúp chị 600.000 nhé', 600_000],
    ['600.000 tiền quỹ lớp', 600_000],
  ])('%s = %d', (text, vnd) => {
    expect(amountsOf(text)).toEqual([vnd]);
  });

  it('lists several amounts in order without repeats', () => {
    expect(amountsOf('Chuyển 5tr trước, 5 triệu còn lại mai, tổng 10tr')).toEqual([5_000_000, 10_000_000]);
  });

  it('does not read a count after the unit as a fraction', () => {
    expect(amountsOf('chuyển 5 triệu 2 lần')).toEqual([5_000_000]);
  });

  it.each([
    'họp lúc 10:15 ngày 12/03/2024',
    'phòng 302, tầng 5',
    'đoàn 15 đ/c đi công tác',
    'tăng 5% so với năm ngoái',
    'stk 0123.456.789 vcb',
    'gọi 0912 345 678',
    'năm nay ba mẹ khỏe',
    'dân số 600.000 người',
    'mấy chục người',
  ])('finds no amount in %s', (text) => {
    expect(amountsOf(text)).toEqual([]);
  });
});
