import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { catalogOf, locales, t } from '../../lib/i18n';
import { placeholders } from './parity';

// Both locales must say the same things: the same keys, and each sentence the same placeholders, or a
// translated warning would drop the leader's name or phone.

describe('message catalogs', () => {
  const vi = catalogOf('vi');
  const en = catalogOf('en');

  it('have the same keys in both locales', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it.each(Object.keys(vi))('%s has the same placeholders in both locales', (key) => {
    const k = key as keyof typeof vi;
    expect(placeholders(en[k])).toEqual(placeholders(vi[k]));
  });

  it('has no empty or untrimmed sentence', () => {
    for (const locale of locales) {
      for (const [key, text] of Object.entries(catalogOf(locale))) {
        expect(text.trim(), `${locale} ${key}`).toBe(text);
        expect(text.length, `${locale} ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('fills placeholders and leaves a missing one visible', () => {
    expect(t('vi', 'phone.call', { phone: '0233 3812 345' })).toBe('Gọi số 0233 3812 345');
    expect(t('en', 'phone.call', { phone: '0233 3812 345' })).toBe('Call 0233 3812 345');
    expect(t('vi', 'button.close')).toBe('Đóng');
    const partial = t('vi', 'account.zalo', {} as { phone: string });
    expect(partial).toBe('Zalo: {phone}');
  });
});

describe('manifest locales (public/_locales)', () => {
  const read = (locale: string) =>
    JSON.parse(readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Record<
      string,
      { message: string; description?: string }
    >;

  it('have the same keys, with the name the manifest uses', () => {
    const vi = read('vi');
    const en = read('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(Object.keys(vi).sort()).toEqual(['commandFocusWarning', 'extDescription', 'extName']);
    expect(vi.extName!.message).toBe('Chống Giả Danh');
    expect(en.extName!.message).toBe('Chống Giả Danh');
  });

  it('stay within the stores’ limits (name 75, description 132 characters)', () => {
    for (const locale of ['vi', 'en']) {
      const messages = read(locale);
      expect(messages.extName!.message.length).toBeLessThanOrEqual(75);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });
});
