import { describe, expect, it } from 'vitest';
import { adminCatalogOf, ta } from '../../lib/admin/i18n';

// The admin page says the same things in both languages: same keys, same placeholders.
const placeholders = (text: string): string[] => [...text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!).sort();

describe('admin catalogs', () => {
  const vi = adminCatalogOf('vi');
  const en = adminCatalogOf('en');

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
    expect(ta('vi', 'sign.bumped', { version: 3, issuedAt: '2026-12-01T00:00:00Z' })).toBe('Đã tăng lên phiên bản 3 (ngày phát hành 2026-12-01T00:00:00Z).');
    expect(ta('en', 'leaders.removed', { name: 'Lê Quang Minh' })).toBe('Removed Lê Quang Minh.');
  });
});
