import { describe, expect, it } from 'vitest';
import { accountLink, telHref } from '../../components/account-links';

describe('accountLink', () => {
  it('links Facebook by username, else by numeric id', () => {
    expect(accountLink({ platform: 'facebook', id: '100012345678901', username: 'lequangminh.qt' })).toEqual({
      platform: 'facebook',
      handle: 'lequangminh.qt',
      href: 'https://www.facebook.com/lequangminh.qt',
    });
    expect(accountLink({ platform: 'facebook', id: '100023450000002' }).href).toBe('https://www.facebook.com/100023450000002');
  });

  it('links Zalo by phone digits, and shows an id it cannot link', () => {
    expect(accountLink({ platform: 'zalo', phone: '0914 222 333' })).toEqual({
      platform: 'zalo',
      handle: '0914 222 333',
      href: 'https://zalo.me/0914222333',
    });
    expect(accountLink({ platform: 'zalo', id: 'z123' })).toEqual({ platform: 'zalo', handle: 'z123' });
  });
});

describe('telHref', () => {
  it('dials digits, keeping the international +', () => {
    expect(telHref('0233 3812 345')).toBe('tel:02333812345');
    expect(telHref('+84 (233) 3812-345')).toBe('tel:+842333812345');
  });
});
