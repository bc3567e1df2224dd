import { describe, expect, it } from 'vitest';
import { formatVnd, leaderDesignation, joinAlternatives, localeFromLanguage } from '../../lib/i18n';

describe('formatVnd', () => {
  it('groups thousands the way each locale writes money', () => {
    expect(formatVnd(5_000_000, 'vi')).toBe('5.000.000 ₫');
    expect(formatVnd(5_000_000, 'en')).toBe('5,000,000 VND');
    expect(formatVnd(999, 'vi')).toBe('999 ₫');
    expect(formatVnd(1_250_000_000, 'en')).toBe('1,250,000,000 VND');
    expect(formatVnd(0, 'vi')).toBe('0 ₫');
  });

  it('rounds to whole đồng and keeps the sign', () => {
    expect(formatVnd(1500.6, 'vi')).toBe('1.501 ₫');
    expect(formatVnd(-20000, 'en')).toBe('-20,000 VND');
  });
});

describe('leader words', () => {
  const leader = { name: 'Lê Quang Minh', title: 'Giám đốc', organization: 'Sở Tài chính tỉnh Quảng Trị' };

  it('puts the office before the name in Vietnamese and after it in English', () => {
    expect(leaderDesignation(leader, 'vi')).toBe('Giám đốc Sở Tài chính tỉnh Quảng Trị Lê Quang Minh');
    expect(leaderDesignation(leader, 'en')).toBe('Lê Quang Minh (Giám đốc, Sở Tài chính tỉnh Quảng Trị)');
    expect(leaderDesignation({ name: 'Lê Quang Minh' }, 'en')).toBe('Lê Quang Minh');
  });

  it('joins alternatives with the locale’s “or”', () => {
    expect(joinAlternatives(['0233 3812 345'], 'vi')).toBe('0233 3812 345');
    expect(joinAlternatives(['a', 'b', 'c'], 'vi')).toBe('a, b hoặc c');
    expect(joinAlternatives(['a', 'b'], 'en')).toBe('a or b');
  });

  it('picks the locale from a browser language tag, Vietnamese by default', () => {
    expect(localeFromLanguage('en-US')).toBe('en');
    expect(localeFromLanguage('vi')).toBe('vi');
    expect(localeFromLanguage('fr-FR')).toBe('vi');
    expect(localeFromLanguage(undefined)).toBe('vi');
  });
});
