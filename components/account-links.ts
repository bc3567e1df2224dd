import type { VerifiedAccount } from '../lib/directory/schema';

export interface AccountLink {
  platform: VerifiedAccount['platform'];
  /** What to show: the username, the numeric id or the phone. */
  handle: string;
  /** Where the real account is; absent when the directory gives nothing to link to. */
  href?: string;
}

/**
 * Where a leader's verified account lives: facebook.com/<username or id>, zalo.me/<phone> (Zalo's own link to
 * a person by phone). The user reaches the real account from here instead of searching, which could land on
 * another impostor.
 */
export function accountLink(account: VerifiedAccount): AccountLink {
  if (account.platform === 'facebook') {
    const handle = account.username ?? account.id;
    if (handle) return { platform: 'facebook', handle, href: `https://www.facebook.com/${encodeURIComponent(handle)}` };
    return { platform: 'facebook', handle: account.phone ?? '' };
  }
  if (account.phone) return { platform: 'zalo', handle: account.phone, href: `https://zalo.me/${digitsOf(account.phone)}` };
  return { platform: 'zalo', handle: account.id ?? account.username ?? '' };
}

/** A tel: link that phones dial: digits only, keeping a leading + (spaces and dots are for reading). */
export function telHref(phone: string): string {
  const plus = phone.trim().startsWith('+') ? '+' : '';
  return `tel:${plus}${digitsOf(phone)}`;
}

function digitsOf(phone: string): string {
  return phone.replace(/[^0-9]/g, '');
}
