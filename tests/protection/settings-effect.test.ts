import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProtocolReading } from '../../lib/protocol/messages';
import { createProtectionService, type PageAnswer } from '../../lib/protection/service';
import { defaultSettings, readSettings } from '../../lib/settings';
import { ProtectionDb } from '../../lib/store/db';

/** Settings really take effect in the background's answers: a site turned off, and sensitivity "cao". */
let db: ProtectionDb;
beforeEach(() => {
  db = new ProtectionDb(`settings-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

const thread = (site: 'facebook' | 'zalo', name: string, text: string): ProtocolReading => ({
  site,
  kind: 'thread',
  layout: 'ok',
  layers: [],
  subject: { platform: site, name, id: '100077788899900' },
  messages: [{ id: 'm1', direction: 'incoming', text }],
});
const lookalikeAsking = (site: 'facebook' | 'zalo') => thread(site, 'GĐ Lê Quаng Minh', 'Em chuyển gấp cho anh 15 triệu vào tài khoản 0071001234567 Vietcombank nhé');
const namesake = thread('facebook', 'Nguyễn Văn Hùng', 'Chào bạn');

async function judge(reading: ProtocolReading, uiLanguage?: string): Promise<PageAnswer> {
  const service = createProtectionService(db, uiLanguage === undefined ? {} : { uiLanguage: () => uiLanguage });
  return (await service.handle({ type: 'judge-page', url: 'https://www.facebook.com/messages/t/1', reading })) as PageAnswer;
}
async function set(settings: typeof defaultSettings): Promise<void> {
  await createProtectionService(db).handle({ type: 'set-settings', settings });
}

describe('sites on and off', () => {
  it('a site turned off gets no warning of any level; the other site still does', async () => {
    expect((await judge(lookalikeAsking('facebook'))).verdict.level).toBe('danger');
    await set({ ...defaultSettings, sites: { facebook: false, zalo: true } });
    const off = await judge(lookalikeAsking('facebook'));
    expect(off.verdict.level).toBe('none');
    expect(off.verdict.leader).toBeNull();
    expect(off.siteOff).toBe(true); // so the page drops a warning it showed before, and the popup says why
    const zalo = await judge(lookalikeAsking('zalo'));
    expect(zalo.verdict.level).toBe('danger');
    expect(zalo.siteOff).toBeUndefined();
  });
});

describe('sensitivity', () => {
  it('"bình thường": a namesake is the quiet note; "cao": the namesake is flagged for the amber banner', async () => {
    const quiet = await judge(namesake);
    expect(quiet.verdict.level).toBe('namesake');
    expect(quiet.namesakeBanner).toBeUndefined();
    await set({ ...defaultSettings, sensitivity: 'high' });
    const loud = await judge(namesake);
    expect(loud.verdict.level).toBe('namesake');
    expect(loud.namesakeBanner).toBe(true);
    // Other levels are not touched by sensitivity.
    expect((await judge(lookalikeAsking('facebook'))).namesakeBanner).toBeUndefined();
  });
});

describe('settings read from storage', () => {
  it('are validated: a damaged value falls back to the defaults, field by field', async () => {
    expect(await readSettings(db)).toEqual(defaultSettings);
    await db.settings.put({ key: 'settings', value: { sites: { facebook: 'no', zalo: false }, sensitivity: 'extreme' } });
    expect(await readSettings(db)).toEqual({ sites: { facebook: true, zalo: false }, sensitivity: 'normal', language: 'auto' });
    await db.settings.put({ key: 'settings', value: 'garbage' });
    expect(await readSettings(db)).toEqual(defaultSettings);
  });
});

describe('language', () => {
  it("'auto' (the default) follows the browser's language: English for English, Vietnamese for anything else", async () => {
    expect((await judge(lookalikeAsking('facebook'), 'en-US')).locale).toBe('en');
    expect((await judge(lookalikeAsking('facebook'), 'en')).locale).toBe('en');
    expect((await judge(lookalikeAsking('facebook'), 'vi-VN')).locale).toBe('vi');
    expect((await judge(lookalikeAsking('facebook'), 'fr-FR')).locale).toBe('vi');
    // Without a browser language (a test, or an unknown one), Vietnamese.
    expect((await judge(lookalikeAsking('facebook'))).locale).toBe('vi');
    expect(await createProtectionService(db, { uiLanguage: () => 'en-GB' }).locale()).toBe('en');
  });

  it('a chosen language wins over the browser’s, in every answer, for a site turned off too', async () => {
    await set({ ...defaultSettings, language: 'en' });
    expect((await judge(lookalikeAsking('facebook'), 'vi-VN')).locale).toBe('en');
    expect((await judge(namesake)).locale).toBe('en');
    await set({ ...defaultSettings, language: 'vi', sites: { facebook: false, zalo: true } });
    const off = await judge(lookalikeAsking('facebook'), 'en-US');
    expect(off.verdict.level).toBe('none');
    expect(off.locale).toBe('vi');
    expect(await createProtectionService(db, { uiLanguage: () => 'en-US' }).locale()).toBe('vi');
  });

  it('settings stored before the language setting existed still read, as auto', async () => {
    await db.settings.put({ key: 'settings', value: { sites: { facebook: true, zalo: false }, sensitivity: 'high' } });
    expect(await readSettings(db)).toEqual({ sites: { facebook: true, zalo: false }, sensitivity: 'high', language: 'auto' });
    expect((await judge(lookalikeAsking('zalo'), 'en-US')).locale).toBe('en');
  });
});
