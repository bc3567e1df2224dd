import { describe, expect, it } from 'vitest';
import { admit } from '../../lib/protocol/trust';

/** The sync and settings requests are admin actions: extension pages only (lib/protocol/trust.ts decides by sender). */
describe('directory sync and settings requests', () => {
  const key = `${'A'.repeat(43)}=`;
  const admin = [
    { type: 'sync-now' },
    { type: 'publisher-status' },
    { type: 'add-publisher', feedUrl: 'https://feeds.example.gov.vn/hn.manifest.json', publicKey: key },
    { type: 'remove-publisher', publisherId: 'hn-pa05' },
    { type: 'get-settings' },
    { type: 'set-settings', settings: { sites: { facebook: true, zalo: false }, sensitivity: 'high', language: 'en' } },
  ];

  it('only extension pages may ask for them', () => {
    for (const request of admin) {
      expect(admit(request, 'extension-page').ok, request.type).toBe(true);
      expect(admit(request, 'content-script').ok, request.type).toBe(false);
      expect(admit(request, 'stranger').ok, request.type).toBe(false);
    }
  });

  it('refuses a plain-http feed address off this machine, a bad key and incomplete settings', () => {
    expect(admit({ type: 'add-publisher', feedUrl: 'http://feeds.example.gov.vn/hn.manifest.json', publicKey: key }, 'extension-page').ok).toBe(false);
    expect(admit({ type: 'add-publisher', feedUrl: 'http://127.0.0.1:8787/hn.manifest.json', publicKey: key }, 'extension-page').ok).toBe(true);
    expect(admit({ type: 'add-publisher', feedUrl: 'https://feeds.example.gov.vn/hn.manifest.json', publicKey: 'short=' }, 'extension-page').ok).toBe(false);
    expect(admit({ type: 'set-settings', settings: { sites: { facebook: true }, sensitivity: 'high' } }, 'extension-page').ok).toBe(false);
    expect(admit({ type: 'set-settings', settings: { sites: { facebook: true, zalo: true }, sensitivity: 'max', language: 'vi' } }, 'extension-page').ok).toBe(false);
    // The language must be sent, and be one the extension speaks (or 'auto').
    expect(admit({ type: 'set-settings', settings: { sites: { facebook: true, zalo: true }, sensitivity: 'high' } }, 'extension-page').ok).toBe(false);
    expect(admit({ type: 'set-settings', settings: { sites: { facebook: true, zalo: true }, sensitivity: 'high', language: 'fr' } }, 'extension-page').ok).toBe(false);
  });
});
