import { describe, expect, it } from 'vitest';
import { adminCatalogOf, ta } from '../../lib/admin/i18n';
import { describeCatalogParity } from '../i18n/parity';

// The admin page says the same things in both languages.
describeCatalogParity('admin catalogs', adminCatalogOf('vi'), adminCatalogOf('en'));

describe('admin words', () => {
  it('fill placeholders', () => {
    expect(ta('vi', 'sign.bumped', { version: 3, issuedAt: '2026-12-01T00:00:00Z' })).toBe('Đã tăng lên phiên bản 3 (ngày phát hành 2026-12-01T00:00:00Z).');
    expect(ta('en', 'leaders.removed', { name: 'Lê Quang Minh' })).toBe('Removed Lê Quang Minh.');
  });
});
