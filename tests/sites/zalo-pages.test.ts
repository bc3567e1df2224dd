// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites';
import { loadFixture } from './load-page';

const zaloUrl = new URL('https://chat.zalo.me/');
const read = (file: string) => {
  const reading = readPage(loadFixture(`zalo/${file}`), zaloUrl);
  if (!reading) throw new Error(`${file} was not read as a supported site`);
  return reading;
};

describe('Zalo Web fixtures', () => {
  it('reads the one-to-one lookalike chat: header, user id, popup phone, quotes removed, decoy left out', () => {
    const reading = read('zalo-2026-vi-lookalike-1to1.html');
    expect(reading).toMatchObject({ site: 'zalo', kind: 'thread', layout: 'ok', threadKey: '5738291046213587412' });
    expect(reading.layers).toEqual([
      'message-list:message-view-scroll',
      'chat-title:chat-title-data-id',
      'chat-avatar:ava-chat-box-view',
      'thread-key:thread-chat-item',
      'profile-popup:zl-modal',
    ]);
    expect(reading.subject).toMatchObject({
      platform: 'zalo',
      name: 'Lê Quang\u200b Minh (GĐ Sở Tài chính)',
      id: '5738291046213587412',
      phone: '+84 961 234 567',
    });
    expect(reading.subject?.avatarUrl).toMatch(/^https:\/\/s240-ava-talk\.zadn\.vn\//);
    expect(reading.subject?.isGroup).toBeUndefined();
    // 31 small-talk bubbles (one of them a photo) and 8 today, one of which is a hidden decoy.
    expect(reading.messages).toHaveLength(37);
    const ask = reading.messages.find((message) => message.text.includes('1234567890'));
    expect(ask).toMatchObject({
      direction: 'incoming',
      text: 'Em chuyển giúp anh vào STK 1234567890 Vietcombank, chủ TK NGUYEN VAN B nhé, chiều anh gửi lại',
    });
    expect(ask?.id).toMatch(/^\d{13}$/);
    const reply = reading.messages.find((message) => message.text.startsWith('Anh ơi em gọi lại'));
    expect(reply).toMatchObject({ direction: 'outgoing', text: 'Anh ơi em gọi lại cho anh được không ạ?' });
    expect(reading.messages.some((message) => message.text.includes('chính chủ'))).toBe(false);
    expect(reading.messages.at(-1)).toMatchObject({ direction: 'incoming', time: '08:46' });
  });

  it('reads the group chat: every incoming message carries the sender of its run', () => {
    const document = loadFixture('zalo/zalo-2026-vi-lookalike-group.html');
    const reading = readPage(document, zaloUrl)!;
    expect(reading).toMatchObject({ kind: 'thread', layout: 'ok', threadKey: 'g7350012345678901234' });
    expect(reading.subject).toMatchObject({ name: 'Sở Tài chính - Phòng Kế hoạch', isGroup: true });
    expect(reading.subject?.id).toBeUndefined();
    // Every bubble of the group fixture is a text bubble.
    expect(reading.messages).toHaveLength(document.querySelectorAll('[id^="bb_msg_id_"]').length);
    expect(reading.messages.length).toBeGreaterThanOrEqual(40);
    const incoming = reading.messages.filter((message) => message.direction === 'incoming');
    expect(incoming.every((message) => typeof message.sender === 'string' && message.sender !== '')).toBe(true);
    const fromLookalike = reading.messages.filter((message) => message.sender === 'GĐ Lê Quang Mình');
    expect(fromLookalike.map((message) => message.text)).toEqual([
      'Chào cả phòng, anh Minh đây',
      'Anh đang cần gấp 10 triệu để hoàn thiện hồ sơ thanh toán, ai chuyển giúp anh vào TK 0451000987654 BIDV chủ TK TRAN THI C',
      'Chuyển xong nhắn anh, anh hoàn lại ngay trong chiều',
      'Anh đây mà, chuyển nhanh giúp anh',
    ]);
    // The run after the lookalike's belongs to Phạm Thị Yến, whose first bubble quotes him: the quote is not her text.
    expect(reading.messages.filter((message) => message.sender === 'Phạm Thị Yến').at(-2)).toMatchObject({ text: 'Anh Minh đổi tài khoản ạ?' });
    expect(reading.messages.filter((message) => message.direction === 'outgoing').every((message) => message.sender === undefined)).toBe(true);
  });

  it('reads the English-UI ordinary chat with the same selectors', () => {
    const reading = read('zalo-2026-en-ordinary.html');
    expect(reading).toMatchObject({ layout: 'ok', threadKey: '4012345678901234567' });
    expect(reading.subject).toMatchObject({ name: 'Nguyễn Thị Mai', id: '4012345678901234567' });
    expect(reading.subject?.phone).toBeUndefined();
    expect(reading.messages.map((message) => [message.direction, message.text])).toEqual([
      ['incoming', 'Chị ơi mai mấy giờ họp ạ'],
      ['outgoing', '8 giờ em nhé, phòng họp tầng 2'],
      ['incoming', 'Dạ em cảm ơn chị'],
      ['incoming', 'Em có cần chuẩn bị gì không ạ?'],
      ['outgoing', 'Em in sẵn báo cáo quý III mang theo'],
      ['incoming', 'Em in xong rồi đây chị'],
      ['outgoing', 'Ok em'],
    ]);
  });

  it('reads the 2024 card layout through fallback layers: span.text only, no time or reaction codes', () => {
    const reading = read('zalo-2024-vi-cards-ordinary.html');
    expect(reading.layout).toBe('degraded');
    expect(reading.layers).toEqual([
      'message-list:scroll-inner',
      'chat-title:thread-chat-title',
      'chat-avatar:ava-chat-box-view',
      'thread-key:thread-chat-item',
    ]);
    expect(reading.subject).toMatchObject({ name: 'Võ Thị Kim Oanh', id: '7712345678901234567' });
    expect(reading.messages).toHaveLength(6);
    expect(reading.messages[1]).toMatchObject({ direction: 'outgoing', text: '8 giờ em nhé, phòng họp tầng 2', time: '10:05' });
    expect(reading.messages.some((message) => /strong|heart/.test(message.text))).toBe(false);
  });

  it('says "unknown" when the chat pane is not recognised, yet keeps the thread key from the chat list', () => {
    const reading = read('zalo-unknown-layout.html');
    expect(reading).toMatchObject({ kind: 'thread', layout: 'unknown', messages: [], threadKey: '2212345678901234567' });
  });

  it('calls chat.zalo.me with no chat open "other"', () => {
    const document = loadFixture('zalo/zalo-2026-en-ordinary.html');
    document.querySelector('#chatViewContainer')?.remove();
    document.querySelector('.msg-item.selected')?.classList.remove('selected');
    expect(readPage(document, zaloUrl)).toEqual({ site: 'zalo', kind: 'other', layout: 'ok', layers: [], messages: [] });
  });
});
