import { describe, expect, it } from 'vitest';

/** The `{name}` placeholders of a sentence, sorted. */
export const placeholders = (text: string): string[] => [...text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!).sort();

/**
 * Both locales of a catalog say the same things: the same keys, and each sentence the same placeholders (or a
 * translation would drop a name, a number or a file), trimmed and not empty.
 */
export function describeCatalogParity(name: string, vi: Readonly<Record<string, string>>, en: Readonly<Record<string, string>>): void {
  describe(`${name}: Vietnamese and English`, () => {
    it('have the same keys in both locales', () => {
      expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    });

    it.each(Object.keys(vi))('%s has the same placeholders in both locales, trimmed and not empty', (key) => {
      expect(placeholders(en[key] ?? '')).toEqual(placeholders(vi[key]!));
      for (const text of [vi[key]!, en[key]!]) {
        expect(text.trim()).toBe(text);
        expect(text.length).toBeGreaterThan(0);
      }
    });
  });
}
