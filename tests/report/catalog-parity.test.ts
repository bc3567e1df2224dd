import { describe, expect, it } from 'vitest';
import { reportCatalogOf, tr } from '../../lib/report';

// The report says the same things in both languages: same keys, same placeholders.
const placeholders = (text: string): string[] => [...text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!).sort();

describe('report catalogs', () => {
  const vi = reportCatalogOf('vi');
  const en = reportCatalogOf('en');

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
    expect(tr('vi', 'report.downloaded', { file: 'a.json' })).toBe('Đã tải a.json.');
    expect(tr('en', 'report.message.meta', { sender: 'Minh', time: '10:42' })).toBe('Minh, at 10:42');
  });
});
