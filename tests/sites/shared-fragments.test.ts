// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readMessages, readPage } from '../../lib/sites';
import { loadSharedFragment, parsePage } from './load-page';

const zaloUrl = new URL('https://chat.zalo.me/');

describe('synthetic Messenger shapes', () => {
  it('reads shape A (2026 log): id, sender, time and text from the aria-label', () => {
    const document = loadSharedFragment('synthetic/messenger_shapes_SYNTHETIC.html');
    const reading = readPage(document, new URL('https://www.facebook.com/messages/t/100002222222222'));
    expect(reading).toMatchObject({ kind: 'thread', layout: 'ok', layers: ['message-list:log-2026', 'partner-name:conversation-label'] });
    expect(reading?.subject).toMatchObject({ name: 'Alex Moreau', id: '100002222222222' });
    expect(reading?.messages).toEqual([
      { id: 'mid.$one', direction: 'incoming', sender: 'Alex Moreau', time: '3:08 AM', text: 'Chuyển khoản giúp anh 5 triệu' },
    ]);
  });

  it('reads shape B (older grid, Vietnamese) once the log is gone: hidden h5 senders, "Đã xem" skipped', () => {
    const document = loadSharedFragment('synthetic/messenger_shapes_SYNTHETIC.html');
    document.querySelector('#outer')?.remove();
    const reading = readPage(document, new URL('https://www.facebook.com/messages/t/100002222222222'));
    expect(reading).toMatchObject({ kind: 'thread', layout: 'degraded', layers: ['message-list:grid-2023', 'partner-name:conversation-label'] });
    expect(reading?.subject).toMatchObject({ name: 'Khách', id: '100002222222222' });
    expect(reading?.subject?.avatarUrl).toContain('av_100002222222222.jpg');
    const messages = reading?.messages ?? [];
    expect(messages.map(({ direction, sender, text }) => ({ direction, sender, text }))).toEqual([
      { direction: 'incoming', sender: 'Khách', text: 'Em ơi chuyển khoản giúp chị nhé' },
      { direction: 'outgoing', sender: undefined, text: 'Dạ' },
    ]);
    // No data-message-id in this shape: ids are content hashes, distinct and stable across parses.
    expect(messages[0]?.id).toMatch(/^h[0-9a-f]{16}$/);
    expect(messages[0]?.id).not.toBe(messages[1]?.id);
    const again = loadSharedFragment('synthetic/messenger_shapes_SYNTHETIC.html');
    again.querySelector('#outer')?.remove();
    expect(readPage(again, new URL('https://www.facebook.com/messages/t/100002222222222'))?.messages.map((m) => m.id)).toEqual(messages.map((m) => m.id));
  });
});

describe('Zalo fragments', () => {
  it('reads the 2026 bubbles: text, link and group bubbles; photos, files and recalls carry no text', () => {
    const document = loadSharedFragment('zalo/vclinks_bubbles_real-structure_2026-09-28.html');
    const reading = readPage(document, zaloUrl);
    expect(reading?.layers).toContain('message-list:message-view-scroll');
    expect(reading?.messages).toEqual([
      { id: '1790000000001', direction: 'incoming', text: 'Chào anh, còn lọc gió không?' },
      { id: '1790000000002', direction: 'outgoing', text: 'Còn anh ạ' },
      { id: '1790000000006', direction: 'outgoing', text: 'vcparts.vn' },
      { id: '1790000000008', direction: 'incoming', sender: 'VCpart An', text: 'a' },
    ]);
  });

  it('reads the chat-list item of the fragment once it is the open chat: a group thread key', () => {
    const document = loadSharedFragment('zalo/vclinks_bubbles_real-structure_2026-09-28.html');
    document.querySelector('.msg-item')?.classList.add('selected');
    const reading = readPage(document, zaloUrl);
    expect(reading?.threadKey).toBe('g826086630741042764');
    expect(reading?.subject).toMatchObject({ name: '3.VCPARTS KHO KIM ĐỒNG', isGroup: true });
  });

  it('reads the verbatim 2024 sent bubble: span.text only, own by class "me", send time', () => {
    const document = loadSharedFragment('zalo/zalojs_sent_text_bubble_2024-03.html');
    expect(readMessages(document, zaloUrl)).toEqual([
      { id: '1709619982372', direction: 'outgoing', text: 'vào discord', time: '13:26' },
    ]);
  });

  it('reads the 2019-2020 header by its fallback layers', () => {
    const reading = readPage(loadSharedFragment('zalo/legacy_zalo_web_header_c2019-2020.html'), zaloUrl);
    expect(reading).toMatchObject({ kind: 'thread', layout: 'degraded' });
    expect(reading?.layers).toEqual([
      'message-list:message-view-2019',
      'chat-title:thread-chat-title',
      'chat-avatar:thread-chat-avatar-2019',
      'thread-key:chat-title',
    ]);
    expect(reading?.subject).toEqual({
      platform: 'zalo',
      name: 'My love',
      avatarUrl: 'https://s120.avatar.talk.zdn.vn/9/c/d/2/54/120/1af1a2c93c788d7cf1cbf50ae87ac972.jpg',
    });
    expect(reading?.threadKey).toBe('title:My love');
  });

  it('does not read a friend-request card as a chat', () => {
    const reading = readPage(loadSharedFragment('zalo/vclinks_friend_request_card_2026-10-04.html'), zaloUrl);
    expect(reading).toMatchObject({ kind: 'thread', layout: 'unknown', messages: [] });
    expect(reading?.subject).toBeUndefined();
  });
});

describe('Facebook avatar fragments', () => {
  it('reads the 2022 friends-row avatar (link > labelled svg > image) as the primary avatar layer inside main', () => {
    const fragment = loadSharedFragment('facebook/fb_friends_list_row_2022-10.html');
    const document = parsePage(`<div role="main"><h1>Jessica Bedwell</h1>${fragment.body.innerHTML}</div>`);
    const reading = readPage(document, new URL('https://www.facebook.com/jessica.bedwell.5'));
    expect(reading?.layers).toEqual(['profile-name:main-h1', 'profile-avatar:main-link-svg', 'profile-id:url']);
    expect(reading?.subject?.avatarUrl).toMatch(/^https:\/\/scontent-den4-1\.xx\.fbcdn\.net\/v\/t39\.30808-1\/306272591_.*oe=635CE7C2$/);
  });

  it('never takes the aria-hidden viewer avatar of the 2025 share dialog for a profile avatar', () => {
    const fragment = loadSharedFragment('facebook/fb_share_dialog_avatar_vi_2025-09.html');
    const document = parsePage(`<div role="main"><h1>Ngô Bằng</h1>${fragment.body.innerHTML}</div>`);
    const reading = readPage(document, new URL('https://www.facebook.com/profile.php?id=100001112223334'));
    expect(reading?.subject?.avatarUrl).toBeUndefined();
    expect(reading?.layout).toBe('degraded');
  });
});
