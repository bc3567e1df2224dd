import { describe, expect, it } from 'vitest';
import { defaultSettings, languages, resolveLanguage, settingsInputSchema, settingsSchema } from '../../lib/settings';

/** The settings' two shapes: what is stored falls back field by field; what a request sends must be complete. */
describe('the stored settings schema', () => {
  it('defaults the language to auto', () => {
    expect(defaultSettings.language).toBe('auto');
    expect(settingsSchema.parse({})).toEqual(defaultSettings);
  });

  it('reads settings stored before the language setting existed, keeping what they say', () => {
    expect(settingsSchema.parse({ sites: { facebook: false, zalo: true }, sensitivity: 'high' })).toEqual({ sites: { facebook: false, zalo: true }, sensitivity: 'high', language: 'auto' });
  });

  it('keeps a valid language and falls back to auto for a damaged one, without touching the other fields', () => {
    for (const language of languages) expect(settingsSchema.parse({ ...defaultSettings, language }).language).toBe(language);
    expect(settingsSchema.parse({ sites: { facebook: false, zalo: true }, sensitivity: 'high', language: 'fr' })).toEqual({ sites: { facebook: false, zalo: true }, sensitivity: 'high', language: 'auto' });
    expect(settingsSchema.parse({ ...defaultSettings, language: 42 }).language).toBe('auto');
  });
});

describe('the strict input schema', () => {
  it('requires the language, and only auto, vi or en', () => {
    const sent = { sites: { facebook: true, zalo: true }, sensitivity: 'normal' };
    expect(settingsInputSchema.safeParse(sent).success).toBe(false);
    expect(settingsInputSchema.safeParse({ ...sent, language: 'fr' }).success).toBe(false);
    expect(settingsInputSchema.safeParse({ ...sent, language: 'EN' }).success).toBe(false);
    for (const language of languages) expect(settingsInputSchema.parse({ ...sent, language })).toEqual({ ...sent, language });
  });
});

describe('resolveLanguage', () => {
  it("'auto' follows the browser's language; a chosen language does not", () => {
    expect(resolveLanguage('auto', 'en-US')).toBe('en');
    expect(resolveLanguage('auto', 'en_GB')).toBe('en');
    expect(resolveLanguage('auto', 'vi-VN')).toBe('vi');
    expect(resolveLanguage('auto', 'de-DE')).toBe('vi');
    expect(resolveLanguage('auto', undefined)).toBe('vi');
    expect(resolveLanguage('auto', '')).toBe('vi');
    expect(resolveLanguage('vi', 'en-US')).toBe('vi');
    expect(resolveLanguage('en', 'vi-VN')).toBe('en');
  });
});
