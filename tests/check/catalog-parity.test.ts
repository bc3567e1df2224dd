import { describe, expect, it } from 'vitest';
import { checkCatalogOf, tc } from '../../components/check/check-i18n';
import { describeCatalogParity } from '../i18n/parity';

// The check page, popup and menu say the same things in both languages.
describeCatalogParity('check catalogs', checkCatalogOf('vi'), checkCatalogOf('en'));

describe('check words', () => {
  it('fill placeholders', () => {
    expect(tc('vi', 'kind.phone', { phone: '0912345678' })).toBe('Bạn đã dán số điện thoại 0912345678.');
    expect(tc('en', 'popup.leader', { name: 'Lê Quang Minh' })).toBe('Leader: Lê Quang Minh');
  });
});
