import { describe, expect, it } from 'vitest';
import { reportCatalogOf, tr } from '../../lib/report';
import { describeCatalogParity } from '../i18n/parity';

// The report says the same things in both languages.
describeCatalogParity('report catalogs', reportCatalogOf('vi'), reportCatalogOf('en'));

describe('report words', () => {
  it('fill placeholders', () => {
    expect(tr('vi', 'report.downloaded', { file: 'a.json' })).toBe('Đã tải a.json.');
    expect(tr('en', 'report.message.meta', { sender: 'Minh', time: '10:42' })).toBe('Minh, at 10:42');
  });
});
