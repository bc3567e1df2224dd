// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { messageRegion, readMessages, readPage } from '../../lib/sites';
import { loadFixture } from './load-page';

describe('messageRegion and readMessages (what a content script observes)', () => {
  it('returns the Messenger log and reads the same messages from it as readPage', () => {
    const url = new URL('https://www.facebook.com/messages/t/100011122233344');
    const document = loadFixture('facebook/messenger-log-2026-en-ordinary-long.html');
    const region = messageRegion(document, url);
    expect(region?.getAttribute('role')).toBe('log');
    expect(readMessages(region!, url)).toEqual(readPage(document, url)?.messages);
  });

  it('returns the older grid, not the chat list grid', () => {
    const url = new URL('https://www.facebook.com/messages/t/100077788899900');
    const region = messageRegion(loadFixture('facebook/messenger-grid-2023-vi-lookalike-money.html'), url);
    expect(region?.getAttribute('aria-label')).toBe('Tin nhắn trong cuộc trò chuyện với GĐ Lê Qu\u0430ng Minh');
    expect(readMessages(region!, url)).toHaveLength(8);
  });

  it('skips ids already seen, so only new rows are reported after a re-render', () => {
    const url = new URL('https://www.facebook.com/messages/t/100011122233344');
    const document = loadFixture('facebook/messenger-log-2026-en-ordinary-long.html');
    const region = messageRegion(document, url)!;
    const first = readMessages(region, url);
    const seen = new Set(first.slice(0, 300).map((message) => message.id));
    expect(readMessages(region, url, seen)).toEqual(first.slice(300));
    expect(readMessages(region, url, new Set(first.map((message) => message.id)))).toEqual([]);
  });

  it('keeps content-hash ids stable when Messenger recycles the row elements', () => {
    const url = new URL('https://www.facebook.com/messages/t/100011122233344');
    const document = loadFixture('facebook/messenger-log-2026-en-ordinary-long.html');
    const region = messageRegion(document, url)!;
    const before = readMessages(region, url).at(-1);
    const lastRow = Array.from(region.querySelectorAll('[role="article"]')).at(-1)!;
    lastRow.replaceWith(lastRow.cloneNode(true));
    expect(readMessages(region, url).at(-1)).toEqual(before);
  });

  it('returns the Zalo scroller and reads the bubbles from it', () => {
    const url = new URL('https://chat.zalo.me/');
    const document = loadFixture('zalo/zalo-2026-vi-lookalike-group.html');
    const region = messageRegion(document, url);
    expect(region?.id).toBe('messageViewScroll');
    expect(readMessages(region!, url)).toEqual(readPage(document, url)?.messages);
  });

  it('has no message region on a profile or an unsupported site', () => {
    const document = loadFixture('facebook/profile-vi-lookalike.html');
    expect(messageRegion(document, new URL('https://www.facebook.com/profile.php?id=100099988877766'))).toBeNull();
    expect(messageRegion(document, new URL('https://example.org/'))).toBeNull();
    expect(readMessages(document, new URL('https://www.facebook.com/profile.php?id=100099988877766'))).toEqual([]);
    expect(readPage(document, new URL('https://example.org/'))).toBeNull();
  });
});
