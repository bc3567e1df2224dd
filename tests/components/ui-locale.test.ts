import { describe, expect, it } from 'vitest';
import { uiLocale } from '../../components/ui-locale';

/** The language the extension pages open in: the setting from the background, 'auto' being the browser's. */
describe('uiLocale', () => {
  const answering = (answer: unknown) => async () => answer;

  it('follows the language setting, whatever the browser’s language', async () => {
    expect(await uiLocale(answering({ sites: { facebook: true, zalo: true }, sensitivity: 'normal', language: 'en' }), 'vi-VN')).toBe('en');
    expect(await uiLocale(answering({ sites: { facebook: true, zalo: true }, sensitivity: 'normal', language: 'vi' }), 'en-US')).toBe('vi');
  });

  it("resolves 'auto', and settings stored before the language setting, with the browser’s language", async () => {
    expect(await uiLocale(answering({ sites: { facebook: true, zalo: true }, sensitivity: 'normal', language: 'auto' }), 'en-GB')).toBe('en');
    expect(await uiLocale(answering({ sites: { facebook: true, zalo: true }, sensitivity: 'normal' }), 'en-US')).toBe('en');
    expect(await uiLocale(answering({ sites: { facebook: true, zalo: true }, sensitivity: 'normal' }), 'vi')).toBe('vi');
    expect(await uiLocale(answering({ language: 'auto' }), 'ja-JP')).toBe('vi');
  });

  it('falls back to the browser’s language when the background fails, refuses or says nothing', async () => {
    const failing = async () => {
      throw new Error('Could not establish connection');
    };
    expect(await uiLocale(failing, 'en-US')).toBe('en');
    expect(await uiLocale(failing, 'vi-VN')).toBe('vi');
    expect(await uiLocale(answering({ error: 'not allowed' }), 'en-US')).toBe('en');
    expect(await uiLocale(answering(undefined), 'en-US')).toBe('en');
    expect(await uiLocale(answering(undefined), undefined)).toBe('vi');
  });

  it('asks the background with the one settings request', async () => {
    const asked: unknown[] = [];
    await uiLocale(async (request) => {
      asked.push(request);
      return { language: 'en' };
    }, 'vi-VN');
    expect(asked).toEqual([{ type: 'get-settings' }]);
  });
});
