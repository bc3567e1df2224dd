// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites';
import { loadFixture } from './load-page';

const profileUrl = new URL('https://www.facebook.com/profile.php?id=100043214321432');
const loadProfile = () => loadFixture('facebook/profile-vi-namesake-hung.html');

/** Moves the children of every element matching `selector` into a new element of `tag`. */
function retag(document: Document, selector: string, tag: string, attributes: Record<string, string> = {}): void {
  for (const element of Array.from(document.querySelectorAll(selector))) {
    const replacement = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) replacement.setAttribute(name, value);
    replacement.append(...Array.from(element.childNodes));
    element.replaceWith(replacement);
  }
}

describe('Facebook profile fallbacks', () => {
  it('takes the name from the tab title when main has no h1', () => {
    const document = loadProfile();
    retag(document, '[role="main"] h1', 'div');
    document.title = '(3) Nguyễn Văn Hùng | Facebook';
    const reading = readPage(document, profileUrl);
    expect(reading?.subject?.name).toBe('Nguyễn Văn Hùng');
    expect(reading?.layers).toContain('profile-name:document-title');
    expect(reading?.layout).toBe('degraded');
  });

  it('says "unknown" when there is neither an h1 in main nor a "<name> | Facebook" title', () => {
    const document = loadProfile();
    retag(document, '[role="main"] h1', 'div');
    document.title = 'Facebook';
    expect(readPage(document, profileUrl)).toMatchObject({ kind: 'profile', layout: 'unknown' });
  });

  it('walks the avatar layers: button-wrapped svg, labelled svg, then a square fbcdn <img>', () => {
    const document = loadProfile();
    const avatarLink = document.querySelector('[role="main"] a[role="link"] svg[role="img"]')?.closest('a');
    avatarLink?.setAttribute('role', 'button');
    // Post avatars in links would otherwise answer the first layer; they are aria-hidden svgs without role=img.
    expect(readPage(document, profileUrl)?.layers).toContain('profile-avatar:main-button-svg');

    avatarLink?.removeAttribute('role');
    expect(readPage(document, profileUrl)?.layers).toContain('profile-avatar:labelled-svg');

    for (const image of Array.from(document.querySelectorAll('[role="main"] svg image'))) image.remove();
    const cover = document.querySelector('img[data-imgperflogname="profileCoverPhoto"]');
    expect(cover).not.toBeNull();
    const square = document.createElement('img');
    square.setAttribute('src', 'https://scontent.fhan2-3.fna.fbcdn.net/v/t39.30808-1/avatar_n.jpg?oh=00_x&oe=6A2F3B1C');
    square.setAttribute('width', '168');
    square.setAttribute('height', '168');
    document.querySelector('[data-pagelet="ProfileActions"]')?.before(square);
    const reading = readPage(document, profileUrl);
    expect(reading?.layers).toContain('profile-avatar:scontent-img');
    // The wide cover photo comes first in main but is not square: it is skipped.
    expect(reading?.subject?.avatarUrl).toContain('avatar_n.jpg');
  });

  it('adds the numeric id from the profile tabs when the address gave only a username', () => {
    const reading = readPage(loadProfile(), new URL('https://www.facebook.com/hung.nguyenvan.hl'));
    expect(reading?.subject).toMatchObject({ username: 'hung.nguyenvan.hl', id: '100043214321432' });
    expect(reading?.layers).toEqual(['profile-name:main-h1', 'profile-avatar:main-link-svg', 'profile-id:url', 'profile-tabs:tablist-tab']);
  });

  it('ignores profile tabs that contradict the address', () => {
    const reading = readPage(loadProfile(), new URL('https://www.facebook.com/profile.php?id=100011111111111'));
    expect(reading?.subject?.id).toBe('100011111111111');
    expect(reading?.layers).not.toContain('profile-tabs:tablist-tab');
  });
});

describe('Messenger fallbacks', () => {
  it('names the partner from the topmost profile link when the list has no recognisable label', () => {
    const document = loadFixture('facebook/messenger-log-2026-vi-lookalike-money.html');
    const log = document.querySelector('[role="log"]');
    // An unlabelled log is not trusted as the message list either: the layout becomes unknown.
    log?.setAttribute('aria-label', 'Tin nhắn');
    const reading = readPage(document, new URL('https://www.facebook.com/messages/t/100077788899900'));
    expect(reading?.layout).toBe('unknown');
    expect(reading?.layers).toEqual(['partner-name:main-profile-link']);
    expect(reading?.subject).toMatchObject({ name: 'GĐ Lê Qu\u0430ng Minh', id: '100077788899900' });
  });

  it('reads a group conversation ("...titled <name>") as a group without a user id', () => {
    const document = loadFixture('facebook/messenger-log-2026-en-ordinary-long.html');
    document.querySelector('[role="log"]')?.setAttribute('aria-label', 'Messages in conversation titled Phòng Kế hoạch - Tài chính');
    const reading = readPage(document, new URL('https://www.facebook.com/messages/t/6123456789012345'));
    expect(reading?.subject).toEqual({ platform: 'facebook', name: 'Phòng Kế hoạch - Tài chính', isGroup: true });
    expect(reading?.threadKey).toBe('6123456789012345');
  });

  it('does not take a partner link whose id disagrees with the thread address', () => {
    const document = loadFixture('facebook/messenger-log-2026-vi-verified-hijack.html');
    for (const link of Array.from(document.querySelectorAll('[role="main"] a[href="https://www.facebook.com/lequangminh.qt"]'))) {
      link.setAttribute('href', 'https://www.facebook.com/profile.php?id=100099999999999');
    }
    const reading = readPage(document, new URL('https://www.facebook.com/messages/e2ee/t/100012345678901'));
    expect(reading?.subject?.id).toBe('100012345678901');
    expect(reading?.subject?.username).toBeUndefined();
    expect(reading?.subject?.avatarUrl).toBeUndefined();
  });
});

describe('Zalo fallbacks', () => {
  const zaloUrl = new URL('https://chat.zalo.me/');

  it('reads bubbles marked only by data-component when the bb_msg_id_ ids are gone, with hashed ids', () => {
    const document = loadFixture('zalo/zalo-2026-en-ordinary.html');
    for (const bubble of Array.from(document.querySelectorAll('[id^="bb_msg_id_"]'))) {
      bubble.removeAttribute('id');
      bubble.setAttribute('data-component', 'bubble-message');
    }
    const reading = readPage(document, zaloUrl);
    expect(reading?.messages).toHaveLength(7);
    expect(reading?.messages.every((message) => /^h[0-9a-f]{16}$/.test(message.id))).toBe(true);
  });

  it('reads the title by the 2019 layer when neither the data-id nor .threadChat__title is present', () => {
    const document = loadFixture('zalo/zalo-2026-en-ordinary.html');
    document.querySelector('[data-id="txt_Main_ChatTitle"]')?.removeAttribute('data-id');
    document.querySelector('.threadChat__title')?.classList.remove('threadChat__title');
    const reading = readPage(document, zaloUrl);
    expect(reading?.layers).toContain('chat-title:header-title-2019');
    expect(reading?.subject?.name).toBe('Nguyễn Thị Mai');
    expect(reading?.layout).toBe('degraded');
  });

  it('keys the thread by its title when no chat-list item is selected', () => {
    const document = loadFixture('zalo/zalo-2026-en-ordinary.html');
    document.querySelector('.msg-item.selected')?.classList.remove('selected');
    const reading = readPage(document, zaloUrl);
    expect(reading?.threadKey).toBe('title:Nguyễn Thị Mai');
    expect(reading?.layers).toContain('thread-key:chat-title');
    expect(reading?.subject?.id).toBeUndefined();
  });

  it('ignores a profile popup about someone else', () => {
    const document = loadFixture('zalo/zalo-2026-vi-lookalike-1to1.html');
    const popupName = document.querySelector('.pi-mini-info-section__name .truncate');
    if (popupName) popupName.textContent = 'Phạm Thị Yến';
    expect(readPage(document, zaloUrl)?.subject?.phone).toBeUndefined();
  });
});
