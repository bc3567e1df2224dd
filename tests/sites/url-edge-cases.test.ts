// @vitest-environment happy-dom
// Addresses a reviewer found that broke the URL helpers: malformed %-escapes (which made decodeURIComponent throw in
// the check page and in the content script) and the group-member and Messenger-username links the context menu offers.
import { describe, expect, it } from 'vitest';
import { facebookPlace, profileFromHref, readPage } from '../../lib/sites';
import { isFacebookUsername } from '../../lib/sites/facebook/urls';
import { classifyInput } from '../../lib/check/classify';
import { parsePage } from './load-page';

const place = (address: string) => facebookPlace(new URL(address));
const malformed = ['https://www.facebook.com/lequangminh.qt%', 'https://www.facebook.com/%E0%A4%A', 'https://www.facebook.com/messages/t/%E0%A4%A'];

describe('malformed %-escapes', () => {
  it('never throw; a segment that cannot be decoded is not a profile', () => {
    expect(place(malformed[0]!)).toEqual({ kind: 'other' });
    expect(place(malformed[1]!)).toEqual({ kind: 'other' });
    // A thread address keeps its raw id: the page is still a conversation.
    expect(place(malformed[2]!)).toEqual({ kind: 'thread', threadId: '%E0%A4%A', e2ee: false });
    const page = new URL('https://www.facebook.com/messages/t/1');
    for (const href of [...malformed, '/%', '/profile.php%?id=100012345678901']) expect(profileFromHref(href, page), href).toBeNull();
  });

  it('the check box reads them as links without an account instead of failing', () => {
    for (const address of malformed.slice(0, 2)) expect(classifyInput(address), address).toEqual({ kind: 'other-link', url: address });
  });

  it('still decodes well-formed escapes', () => {
    expect(place('https://www.facebook.com/lequangminh%2Eqt')).toEqual({ kind: 'profile', username: 'lequangminh.qt' });
  });

  it('a Messenger page whose header links are malformed still reads the partner from the next link', () => {
    const doc = parsePage(`<div role="main">
      <a href="https://www.facebook.com/%E0%A4%A">broken</a>
      <a href="/lequangminh.qt%">broken too</a>
      <a href="https://www.facebook.com/lequangminh.qt" aria-label="Lê Quang Minh">Lê Quang Minh</a>
    </div>`);
    const reading = readPage(doc, new URL('https://www.facebook.com/messages/t/100012345678901'));
    expect(reading?.kind).toBe('thread');
    expect(reading?.subject).toMatchObject({ id: '100012345678901', username: 'lequangminh.qt', name: 'Lê Quang Minh' });
  });

  it('a profile page with malformed tab links, or a malformed page address, is read without throwing', () => {
    const doc = parsePage(`<div role="main"><h1>Lê Quang Minh</h1>
      <div role="tablist"><a role="tab" href="/%E0%A4%A">Posts</a><a role="tab" href="/profile.php?id=100012345678901&sk=about">About</a></div>
    </div>`);
    const reading = readPage(doc, new URL('https://www.facebook.com/lequangminh.qt'));
    expect(reading?.subject).toMatchObject({ username: 'lequangminh.qt', id: '100012345678901' });
    expect(readPage(doc, new URL(malformed[0]!))?.kind).toBe('other');
  });
});

describe('group member links (where names in group posts point)', () => {
  const id = '100099999999999';
  it('are read as that member, with or without tracking parameters', () => {
    for (const address of [
      `https://www.facebook.com/groups/123456789012345/user/${id}/`,
      `https://www.facebook.com/groups/123456789012345/user/${id}`,
      `https://www.facebook.com/groups/hoicuutrochoivietnam/user/${id}/?__cft__[0]=AZX1abc&__tn__=-UC%2CP-R`,
      `https://web.facebook.com/groups/123456789012345/user/${id}/`,
    ]) {
      expect(place(address), address).toEqual({ kind: 'group-member', groupId: expect.any(String), id });
    }
    const page = new URL('https://www.facebook.com/groups/123456789012345/');
    expect(profileFromHref(`/groups/123456789012345/user/${id}/?__cft__[0]=AZX1abc&__tn__=R`, page)).toEqual({ id });
  });

  it('are not profile pages: the content script does not read a group page as the member', () => {
    const doc = parsePage('<div role="main"><h1>Hội cựu trò chơi Việt Nam</h1></div>');
    expect(readPage(doc, new URL(`https://www.facebook.com/groups/123456789012345/user/${id}/`))?.kind).toBe('other');
  });

  it('do not make groups, their posts or odd member paths look like people', () => {
    for (const address of [
      'https://www.facebook.com/groups/123456789012345/',
      'https://www.facebook.com/groups/123456789012345',
      'https://www.facebook.com/groups/123456789012345/posts/987654321098765/',
      'https://www.facebook.com/groups/123456789012345/permalink/987654321098765/',
      'https://www.facebook.com/groups/123456789012345/user/',
      'https://www.facebook.com/groups/123456789012345/user/lequangminh.qt/',
      `https://www.facebook.com/groups/123456789012345/user/${id}/posts/987654321098765/`,
      `https://www.facebook.com/groups/user/${id}/`,
    ]) {
      expect(place(address), address).toEqual({ kind: 'other' });
    }
    expect(profileFromHref('/groups/123456789012345/', new URL('https://www.facebook.com/'))).toBeNull();
  });
});

describe('Messenger threads addressed by username', () => {
  it('keep the username as the thread id (the thread reader takes it as the partner username)', () => {
    expect(place('https://www.messenger.com/t/lequangminh.qt')).toEqual({ kind: 'thread', threadId: 'lequangminh.qt', e2ee: false });
    expect(place('https://www.facebook.com/messages/t/lequangminh.qt/')).toEqual({ kind: 'thread', threadId: 'lequangminh.qt', e2ee: false });
  });

  it('isFacebookUsername tells a username from numeric ids and junk', () => {
    expect(isFacebookUsername('lequangminh.qt')).toBe(true);
    expect(isFacebookUsername('100012345678901')).toBe(false);
    expect(isFacebookUsername('%E0%A4%A')).toBe(false);
    expect(isFacebookUsername('abc')).toBe(false);
    expect(isFacebookUsername('groups')).toBe(false);
  });
});
