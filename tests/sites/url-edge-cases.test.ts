// @vitest-environment happy-dom
// Addresses a reviewer found that broke the URL helpers: malformed %-escapes made decodeURIComponent throw in the
// check page and in the content script.
import { describe, expect, it } from 'vitest';
import { facebookPlace, profileFromHref, readPage } from '../../lib/sites';
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
