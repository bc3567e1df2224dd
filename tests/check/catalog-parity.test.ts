import { describe, expect, it } from 'vitest';
import { checkCatalogOf, tc } from '../../components/check/check-i18n';

// The check page, popup and menu say the same things in both languages: same keys, same placeholders.
const placeholders = (text: string): string[] => [...text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!).sort();

describe('check catalogs', () => {
  const vi = checkCatalogOf('vi');
  const en = checkCatalogOf('en');

  it('have the same keys in both locales', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it.each(Object.keys(vi))('%s has the same placeholders in both locales, trimmed and not empty', (key) => {
    const k = key as keyof typeof vi;
    expect(placeholders(en[k])).toEqual(placeholders(vi[k]));
    for (const text of [vi[k], en[k]]) {
      expect(text.trim()).toBe(text);
      expect(text.length).toBeGreaterThan(0);
    }
  });

  it('fills placeholders', () => {
    expect(tc('vi', 'kind.phone', { phone: '0912345678' })).toBe('Bạn đã dán số điện thoại 0912345678.');
    expect(tc('en', 'popup.leader', { name: 'Lê Quang Minh' })).toBe('Leader: Lê Quang Minh');
  });
});
