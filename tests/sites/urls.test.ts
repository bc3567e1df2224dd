import { describe, expect, it } from 'vitest';
import { facebookPlace, profileFromHref, siteForUrl } from '../../lib/sites';

const place = (address: string) => facebookPlace(new URL(address));

describe('siteForUrl', () => {
  it('knows the supported hosts and nothing else', () => {
    expect(siteForUrl(new URL('https://www.facebook.com/lequangminh.qt'))).toBe('facebook');
    expect(siteForUrl(new URL('https://web.facebook.com/messages/t/1'))).toBe('facebook');
    expect(siteForUrl(new URL('https://www.messenger.com/t/100012345678901'))).toBe('facebook');
    expect(siteForUrl(new URL('https://chat.zalo.me/'))).toBe('zalo');
    expect(siteForUrl(new URL('https://id.zalo.me/account'))).toBeNull();
    expect(siteForUrl(new URL('https://facebook.com.evil.example/lequangminh.qt'))).toBeNull();
    expect(siteForUrl(new URL('http://www.facebook.com/lequangminh.qt'))).toBeNull();
  });
});

describe('facebookPlace', () => {
  it('reads profile addresses', () => {
    expect(place('https://www.facebook.com/profile.php?id=100012345678901&sk=about')).toEqual({ kind: 'profile', id: '100012345678901' });
    expect(place('https://www.facebook.com/lequangminh.qt/')).toEqual({ kind: 'profile', username: 'lequangminh.qt' });
    expect(place('https://www.facebook.com/lequangminh.qt/friends')).toEqual({ kind: 'profile', username: 'lequangminh.qt' });
    expect(place('https://www.facebook.com/100012345678901')).toEqual({ kind: 'profile', id: '100012345678901' });
    expect(place('https://www.facebook.com/people/Le-Quang-Minh/100012345678901/')).toEqual({ kind: 'profile', id: '100012345678901' });
  });

  it('reads thread addresses on facebook.com and messenger.com', () => {
    expect(place('https://www.facebook.com/messages/t/100012345678901')).toEqual({ kind: 'thread', threadId: '100012345678901', e2ee: false });
    expect(place('https://www.facebook.com/messages/e2ee/t/7654321/')).toEqual({ kind: 'thread', threadId: '7654321', e2ee: true });
    expect(place('https://www.messenger.com/t/100012345678901')).toEqual({ kind: 'thread', threadId: '100012345678901', e2ee: false });
    expect(place('https://www.messenger.com/e2ee/t/42')).toEqual({ kind: 'thread', threadId: '42', e2ee: true });
  });

  it('leaves features, posts and bare ids alone', () => {
    for (const address of [
      'https://www.facebook.com/', 'https://www.facebook.com/messages/', 'https://www.facebook.com/groups/123456/',
      'https://www.facebook.com/watch/?v=1', 'https://www.facebook.com/marketplace/', 'https://www.facebook.com/profile.php',
      'https://www.facebook.com/lequangminh.qt/posts/pfbid0abc', 'https://www.facebook.com/photo/?fbid=1', 'https://www.messenger.com/',
    ]) {
      expect(place(address), address).toEqual({ kind: 'other' });
    }
  });
});

describe('profileFromHref', () => {
  const page = new URL('https://www.facebook.com/messages/t/1');
  it('resolves relative links and accepts only Facebook profiles', () => {
    expect(profileFromHref('/profile.php?id=100002222222222', page)).toEqual({ id: '100002222222222' });
    expect(profileFromHref('https://www.facebook.com/lequangminh.qt', page)).toEqual({ username: 'lequangminh.qt' });
    expect(profileFromHref('/messages/t/100002222222222/', page)).toBeNull();
    expect(profileFromHref('https://evil.example/lequangminh.qt', page)).toBeNull();
  });
});
