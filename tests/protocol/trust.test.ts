import { describe, expect, it } from 'vitest';
import { admit, senderRole } from '../../lib/protocol/trust';

const ext = { id: 'abcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnop' };
const role = (sender: Parameters<typeof senderRole>[0]) => senderRole(sender, ext.id, ext.origin);
const reading = { site: 'facebook', kind: 'thread', layout: 'ok', layers: [], messages: [] };

describe('who may ask what', () => {
  it('knows extension pages, content scripts on supported sites, and strangers', () => {
    expect(role({ id: ext.id, url: `${ext.origin}/popup.html` })).toBe('extension-page');
    expect(role({ id: ext.id, url: 'https://www.facebook.com/messages/t/1', tab: { id: 3 } })).toBe('content-script');
    expect(role({ id: ext.id, url: 'https://chat.zalo.me/', tab: { id: 3 } })).toBe('content-script');
    // Another extension, a look-alike host, plain http, or no tab: strangers.
    expect(role({ id: 'otherextension', url: `${ext.origin}/popup.html` })).toBe('stranger');
    expect(role({ id: ext.id, url: 'https://www.facebook.com.evil.example/', tab: { id: 3 } })).toBe('stranger');
    expect(role({ id: ext.id, url: 'http://www.facebook.com/', tab: { id: 3 } })).toBe('stranger');
    expect(role({ id: ext.id, url: 'https://www.facebook.com/' })).toBe('stranger');
    expect(role({ id: ext.id })).toBe('stranger');
  });

  it('lets content scripts judge their page but not reach extension-page requests', () => {
    expect(admit({ type: 'judge-page', url: 'https://www.facebook.com/x', reading }, 'content-script').ok).toBe(true);
    expect(admit({ type: 'list-mistakes' }, 'content-script').ok).toBe(false);
    expect(admit({ type: 'unmark-mistake', accountKey: 'facebook:id:1' }, 'content-script').ok).toBe(false);
    expect(admit({ type: 'list-mistakes' }, 'extension-page').ok).toBe(true);
    expect(admit({ type: 'judge-page', url: 'https://www.facebook.com/x', reading }, 'stranger').ok).toBe(false);
  });

  it('lets a content script open the report of its own tab only: the message names no tab', () => {
    expect(admit({ type: 'open-report' }, 'content-script').ok).toBe(true);
    expect(admit({ type: 'open-report', tabId: 7 }, 'content-script').ok).toBe(false);
    expect(admit({ type: 'open-report' }, 'stranger').ok).toBe(false);
  });

  it('refuses malformed and oversized messages with a reason', () => {
    const bad = admit({ type: 'judge-page', url: 'not a url', reading }, 'content-script');
    expect(bad).toMatchObject({ ok: false });
    expect(bad.ok ? '' : bad.error).toMatch(/invalid request/);
    const huge = { ...reading, messages: [{ id: 'm', direction: 'incoming', text: 'x'.repeat(5000) }] };
    expect(admit({ type: 'judge-page', url: 'https://www.facebook.com/x', reading: huge }, 'content-script').ok).toBe(false);
    expect(admit('judge-page', 'content-script').ok).toBe(false);
    expect(admit({ type: 'run-code', code: 'alert(1)' }, 'extension-page').ok).toBe(false);
  });
});
