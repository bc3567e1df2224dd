// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites';
import { loadFixture } from './load-page';

const read = (file: string, url: string) => {
  const reading = readPage(loadFixture(`facebook/${file}`), new URL(url));
  if (!reading) throw new Error(`${file} was not read as a supported site`);
  return reading;
};

/** The viewer's own id sits in the page data of every Facebook fixture; no reading may carry it. */
const viewerId = '100000123456789';

describe('Facebook profile fixtures', () => {
  it('reads the lookalike profile and skips the zero-size decoy h1 with the real name', () => {
    const reading = read('profile-vi-lookalike.html', 'https://www.facebook.com/profile.php?id=100099988877766');
    expect(reading).toMatchObject({ site: 'facebook', kind: 'profile', layout: 'ok', messages: [] });
    expect(reading.layers).toEqual(['profile-name:main-h1', 'profile-avatar:main-link-svg', 'profile-id:url']);
    expect(reading.subject).toMatchObject({ platform: 'facebook', name: 'GĐ Lê Quang M\u00efnh', id: '100099988877766' });
    expect(reading.subject?.avatarUrl).toMatch(/^https:\/\/scontent\.[a-z0-9-]+\.fna\.fbcdn\.net\/v\/t39\.30808-1\/.*s168x168/);
  });

  it('reads the verified profile by username, without the badge tooltip or the alternate name', () => {
    const reading = read('profile-en-verified-minh.html', 'https://www.facebook.com/lequangminh.qt');
    expect(reading.layout).toBe('ok');
    expect(reading.subject).toMatchObject({ name: 'Lê Quang Minh', username: 'lequangminh.qt' });
    expect(reading.subject?.id).toBeUndefined();
  });

  it('reads the namesake profile with its own id, never the viewer id from page data', () => {
    const reading = read('profile-vi-namesake-hung.html', 'https://www.facebook.com/profile.php?id=100043214321432');
    expect(reading.subject).toMatchObject({ name: 'Nguyễn Văn Hùng', id: '100043214321432' });
    expect(JSON.stringify(reading)).not.toContain(viewerId);
  });

  it('reads a profile tab address (/<username>/about) as the same profile', () => {
    const reading = read('profile-en-verified-minh.html', 'https://www.facebook.com/lequangminh.qt/about');
    expect(reading.kind).toBe('profile');
    expect(reading.subject?.username).toBe('lequangminh.qt');
  });
});

describe('Messenger fixtures', () => {
  it('reads the 2026 lookalike thread: subject from the URL and the log label, decoy left out', () => {
    const reading = read('messenger-log-2026-vi-lookalike-money.html', 'https://www.facebook.com/messages/t/100077788899900');
    expect(reading).toMatchObject({ kind: 'thread', layout: 'ok', threadKey: '100077788899900' });
    expect(reading.layers).toEqual(['message-list:log-2026', 'partner-name:conversation-label']);
    expect(reading.subject).toMatchObject({ name: 'GĐ Lê Qu\u0430ng Minh', id: '100077788899900' });
    expect(reading.messages).toHaveLength(8);
    expect(reading.messages.map((message) => message.direction)).toEqual([
      'incoming', 'outgoing', 'incoming', 'outgoing', 'incoming', 'incoming', 'incoming', 'outgoing',
    ]);
    expect(reading.messages[5]).toMatchObject({
      direction: 'incoming',
      sender: 'GĐ Lê Qu\u0430ng Minh',
      time: '09:12',
      text: 'Em chuyển vào tài khoản 0071001234567 Vietcombank, chủ tài khoản LE QUANG MlNH giúp anh nhé',
    });
    expect(reading.messages[5]?.id).toMatch(/^mid\.\$c[\w-]{27}$/);
    expect(reading.messages.every((message) => message.direction === 'incoming' || message.sender === undefined)).toBe(true);
    expect(reading.messages.some((message) => message.text.includes('chính chủ'))).toBe(false);
    expect(new Set(reading.messages.map((message) => message.id)).size).toBe(8);
  });

  it('reads the verified-account thread on an e2ee address, with the username from the header link', () => {
    const reading = read('messenger-log-2026-vi-verified-hijack.html', 'https://www.facebook.com/messages/e2ee/t/100012345678901');
    expect(reading).toMatchObject({ kind: 'thread', layout: 'ok', threadKey: 'e2ee/100012345678901' });
    expect(reading.subject).toMatchObject({ name: 'Lê Quang Minh', id: '100012345678901', username: 'lequangminh.qt' });
    expect(reading.messages.map((message) => message.text)).toEqual([
      'Hoa ơi, anh đang công tác ngoài Hà Nội',
      'Dạ em chào anh Minh ạ',
      'Em có tiện chuyển giúp anh 20.000.000đ vào số tài khoản 19036688990011 Techcombank tên NGUYEN THI LAN không? Anh cần đóng tiền hội nghị gấp',
      'Tối anh về anh gửi lại em',
      'Dạ anh chờ em một chút ạ',
    ]);
  });

  it('reads all 321 messages of the long English thread; the unsent last one gets a content hash id', () => {
    const reading = read('messenger-log-2026-en-ordinary-long.html', 'https://www.facebook.com/messages/t/100011122233344');
    expect(reading.layout).toBe('ok');
    expect(reading.subject).toMatchObject({ name: 'Hoàng Thị Lan', id: '100011122233344', username: 'hoangthilan.stc' });
    expect(reading.messages).toHaveLength(321);
    expect(new Set(reading.messages.map((message) => message.id)).size).toBe(321);
    const last = reading.messages.at(-1);
    expect(last).toMatchObject({ direction: 'outgoing', text: 'Em gửi chị bản cuối cùng rồi nhé' });
    expect(last?.id).toMatch(/^h[0-9a-f]{16}$/);
    expect(reading.messages.filter((message) => message.direction === 'incoming').every((message) => message.sender === 'Hoàng Thị Lan')).toBe(true);
    expect(reading.messages[0]?.time).toMatch(/^\d{1,2}:\d{2} (AM|PM)$/);
  });

  it('reads the older grid layout by its fallback layer: senders from the hidden h5, "Đã xem" is not a message', () => {
    const reading = read('messenger-grid-2023-vi-lookalike-money.html', 'https://www.facebook.com/messages/t/100077788899900');
    expect(reading).toMatchObject({ kind: 'thread', layout: 'degraded' });
    expect(reading.layers).toEqual(['message-list:grid-2023', 'partner-name:conversation-label']);
    expect(reading.subject).toMatchObject({ name: 'GĐ Lê Qu\u0430ng Minh', id: '100077788899900' });
    expect(reading.messages).toHaveLength(8);
    expect(reading.messages[1]).toMatchObject({ direction: 'outgoing', text: 'Dạ em chào anh, em đang ở cơ quan ạ' });
    expect(reading.messages[1]?.sender).toBeUndefined();
    expect(reading.messages[4]).toMatchObject({ direction: 'incoming', sender: 'GĐ Lê Qu\u0430ng Minh' });
    expect(reading.messages.some((message) => message.text === 'Đã xem' || message.text.includes('chính chủ'))).toBe(false);
  });

  it('says "unknown" for a thread whose message list it cannot recognise, keeping the id from the URL', () => {
    const reading = read('messenger-unknown-layout.html', 'https://www.facebook.com/messages/t/100055566677788');
    expect(reading).toMatchObject({ kind: 'thread', layout: 'unknown', messages: [], threadKey: '100055566677788' });
    expect(reading.subject?.id).toBe('100055566677788');
  });

  it('reads the same thread at its messenger.com address', () => {
    const reading = read('messenger-log-2026-vi-lookalike-money.html', 'https://www.messenger.com/t/100077788899900');
    expect(reading).toMatchObject({ kind: 'thread', layout: 'ok', threadKey: '100077788899900' });
    expect(reading.messages).toHaveLength(8);
  });

  it('treats the Facebook home page as "other"', () => {
    const reading = read('profile-vi-namesake-hung.html', 'https://www.facebook.com/');
    expect(reading).toEqual({ site: 'facebook', kind: 'other', layout: 'ok', layers: [], messages: [] });
  });
});
