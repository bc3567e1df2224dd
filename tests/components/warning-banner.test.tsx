// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WarningBanner } from '../../components/WarningBanner';
import type { Locale } from '../../lib/i18n';
import type { Verdict } from '../../lib/verdict/types';
import { dangerVerdict, flaggedOnlyVerdict, hijackVerdict, lookalikeVerdict, scamMessages } from './demo-verdicts';
import { buttonNamed, click, pressKey, render, textOf, type Rendered } from './render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function show(verdict: Verdict, locale: Locale = 'vi', senderName = 'Lê Quang Mïnh') {
  const callbacks = { onReport: vi.fn(), onMistake: vi.fn(), onClose: vi.fn() };
  rendered = render(<WarningBanner verdict={verdict} messages={scamMessages} senderName={senderName} locale={locale} {...callbacks} />);
  const banner = rendered.container.querySelector('section.cgd-banner') as HTMLElement;
  return { banner, ...callbacks, container: rendered.container };
}

/** The accessible name, resolved the way assistive technology does for aria-labelledby. */
function accessibleName(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => textOf(element.ownerDocument.getElementById(id))).join(' ');
}

describe('WarningBanner, danger (Vietnamese)', () => {
  it('is a region named by its level, in Vietnamese, whose short part alone is an alert', () => {
    const { banner } = show(dangerVerdict);
    expect(banner.getAttribute('role')).toBeNull(); // a <section> with a name: a region
    expect(banner.getAttribute('aria-live')).toBeNull();
    expect(banner.getAttribute('aria-describedby')).toBeNull();
    expect(banner.getAttribute('lang')).toBe('vi');
    expect(accessibleName(banner)).toBe('NGUY HIỂM Chống Giả Danh');
    const alerts = banner.querySelectorAll('[role="alert"], [role="status"], [aria-live]');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.getAttribute('role')).toBe('alert');
    expect([...alerts[0]!.querySelectorAll('h2, .cgd-brand, p')].map(textOf)).toEqual([
      'NGUY HIỂM',
      'Chống Giả Danh',
      'Tài khoản này giả danh Giám đốc Sở Tài chính tỉnh Quảng Trị Lê Quang Minh và đang hỏi tiền.',
      'Không chuyển tiền. Gọi cho ông/bà Lê Quang Minh theo số 0233 3812 345 để xác minh.',
    ]);
    // The evidence, contacts and buttons are outside it: not read out at once, nor again on each update.
    expect(alerts[0]!.querySelector('.cgd-leader, .cgd-section, button, a')).toBeNull();
    // The level has an icon and a word, not only the red colour.
    expect(banner.querySelector('svg[data-shape="danger"]')).not.toBeNull();
  });

  it('names the leader and says what to do with the directory’s phone', () => {
    const { banner } = show(dangerVerdict);
    expect(textOf(banner.querySelector('.cgd-leader-name'))).toBe('Lê Quang Minh');
    expect(textOf(banner.querySelector('.cgd-leader-office'))).toBe('Giám đốc, Sở Tài chính tỉnh Quảng Trị');
    expect(textOf(banner.querySelector('.cgd-instruction'))).toBe(
      'Không chuyển tiền. Gọi cho ông/bà Lê Quang Minh theo số 0233 3812 345 để xác minh.',
    );
    const tel = banner.querySelector('a[href^="tel:"]');
    expect(tel?.getAttribute('href')).toBe('tel:02333812345');
    expect(textOf(tel)).toBe('0233 3812 345');
    expect(tel?.getAttribute('aria-label')).toBe('Gọi số 0233 3812 345');
  });

  it('links the leader’s verified accounts', () => {
    const { banner } = show(dangerVerdict);
    const hrefs = [...banner.querySelectorAll('a[target="_blank"]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://www.facebook.com/lequangminh.qt', 'https://zalo.me/0912345678']);
    expect(textOf(banner)).toContain('Tài khoản đã xác minh của Lê Quang Minh');
    expect(textOf(banner)).toContain('Zalo: 0912345678');
  });

  it('shows the disguised character in its word, and the other reasons as sentences', () => {
    const { banner } = show(dangerVerdict);
    const items = [...banner.querySelectorAll('.cgd-section li')].map(textOf);
    expect(items).toContain('Mïnh: chữ ï (i có dấu hai chấm) thay cho i');
    expect(textOf(banner.querySelector('.cgd-odd'))).toBe('ï');
    expect(items).toContain('Tên tự xưng chức vụ “GĐ Sở Tài chính”.');
    expect(items).toContain('Tin nhắn hỏi vay hoặc nhờ chuyển 5.000.000 ₫.');
  });

  it('quotes only the offending message, with the asking phrases in <mark>', () => {
    const { banner } = show(dangerVerdict);
    const quoted = banner.querySelectorAll('blockquote.cgd-message');
    expect(quoted).toHaveLength(1);
    expect(textOf(quoted[0])).toBe(scamMessages[1]);
    expect([...quoted[0]!.querySelectorAll('mark')].map(textOf)).toEqual(['chuyển giúp anh', '5 triệu']);
  });

  it('calls back for report, mistake and close', () => {
    const { container, onReport, onMistake, onClose } = show(dangerVerdict);
    click(buttonNamed(container, 'Báo cáo'));
    expect(onReport).toHaveBeenCalledTimes(1);
    click(buttonNamed(container, 'Đây là nhầm lẫn'));
    expect(onMistake).not.toHaveBeenCalled(); // it asks first
    click(buttonNamed(container, 'Đúng, đừng cảnh báo nữa'));
    expect(onMistake).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    click(buttonNamed(container, 'Quay lại'));
    click(buttonNamed(container, 'Đóng'));
    expect(onClose).toHaveBeenCalledTimes(1);
    for (const button of container.querySelectorAll('button')) {
      expect(button.getAttribute('type')).toBe('button');
      expect(button.tabIndex).toBe(0);
    }
  });

  it('closes on Escape without letting the page also react, and ignores other keys', () => {
    const { container, onClose } = show(dangerVerdict);
    const pageHandler = vi.fn();
    document.addEventListener('keydown', pageHandler);
    try {
      pressKey(buttonNamed(container, 'Báo cáo'), 'Enter');
      expect(onClose).not.toHaveBeenCalled();
      pressKey(buttonNamed(container, 'Báo cáo'), 'Escape');
      expect(onClose).toHaveBeenCalledTimes(1);
      expect(pageHandler).toHaveBeenCalledTimes(1); // only the Enter reached the page
    } finally {
      document.removeEventListener('keydown', pageHandler);
    }
  });
});

describe('WarningBanner, amber levels', () => {
  it('lookalike: a polite status pointing to the real account', () => {
    const { banner } = show(lookalikeVerdict);
    expect(banner.getAttribute('role')).toBeNull();
    expect(banner.querySelector('.cgd-announce')?.getAttribute('role')).toBeNull(); // the host's status tells it
    expect(banner.querySelector('[role="alert"]')).toBeNull();
    expect(banner.className).toContain('cgd-amber');
    expect(accessibleName(banner)).toBe('CẢNH BÁO GIẢ DANH Chống Giả Danh');
    expect(textOf(banner.querySelector('.cgd-summary'))).toBe(
      'Tài khoản này bắt chước Giám đốc Sở Tài chính tỉnh Quảng Trị Lê Quang Minh nhưng không phải tài khoản đã xác minh.',
    );
    expect(textOf(banner.querySelector('.cgd-instruction'))).toContain('tài khoản thật ở bên dưới');
    expect(banner.querySelector('a[href="https://www.facebook.com/lequangminh.qt"]')).not.toBeNull();
    expect(banner.querySelector('svg[data-shape="warning"]')).not.toBeNull();
    // No money was asked: no message is quoted.
    expect(banner.querySelector('mark')).toBeNull();
  });

  it('hijack-risk: the verified account asks for money, so confirm by the directory’s phone first', () => {
    const { banner } = show(hijackVerdict, 'vi', 'Lê Quang Minh');
    expect(banner.querySelector('.cgd-announce')?.getAttribute('role')).toBeNull();
    expect(accessibleName(banner)).toBe('CẦN XÁC MINH Chống Giả Danh');
    expect(textOf(banner.querySelector('.cgd-summary'))).toBe(
      'Đây là tài khoản đã xác minh của Giám đốc Sở Tài chính tỉnh Quảng Trị Lê Quang Minh nhưng đang hỏi tiền, nên có thể đã bị kẻ gian chiếm.',
    );
    expect(textOf(banner.querySelector('.cgd-instruction'))).toBe(
      'Trước khi gửi tiền hay bất cứ thứ gì, hãy gọi cho ông/bà Lê Quang Minh theo số 0233 3812 345 trong danh bạ để xác nhận.',
    );
    expect(textOf(banner.querySelector('.cgd-leader-label'))).toBe('Chủ tài khoản');
    expect([...banner.querySelectorAll('mark')].map(textOf)).toEqual(['chuyển giúp anh']);
  });
});

describe('WarningBanner, English', () => {
  it('renders the danger banner in English with lang="en"', () => {
    const { banner, container } = show(dangerVerdict, 'en');
    expect(banner.getAttribute('lang')).toBe('en');
    expect(accessibleName(banner)).toBe('DANGER Chống Giả Danh');
    expect(textOf(banner.querySelector('.cgd-summary'))).toBe(
      'This account is impersonating Lê Quang Minh (Giám đốc, Sở Tài chính tỉnh Quảng Trị) and is asking for money.',
    );
    expect(textOf(banner.querySelector('.cgd-instruction'))).toBe('Do not transfer money. Call Lê Quang Minh on 0233 3812 345 to check.');
    const items = [...banner.querySelectorAll('.cgd-section li')].map(textOf);
    expect(items).toContain('Mïnh: the letter ï (i with two dots above) in place of i');
    expect(items).toContain('The messages ask to borrow or transfer 5,000,000 VND.');
    expect(buttonNamed(container, 'Report')).toBeDefined();
    expect(buttonNamed(container, 'This is a mistake')).toBeDefined();
    expect(buttonNamed(container, 'Close')).toBeDefined();
  });
});

describe('WarningBanner, danger without a leader', () => {
  it('says a reported number is in the chat and not to transfer', () => {
    const { banner } = show(flaggedOnlyVerdict);
    expect(banner.querySelector('.cgd-announce')?.getAttribute('role')).toBe('alert');
    expect(textOf(banner.querySelector('.cgd-summary'))).toBe(
      'Cuộc trò chuyện này có số tài khoản hoặc số điện thoại đã bị báo cáo lừa đảo.',
    );
    expect(textOf(banner.querySelector('.cgd-instruction'))).toBe(
      'Không chuyển tiền và không gọi vào các số trong tin nhắn. Hãy báo cho cơ quan công an.',
    );
    expect(banner.querySelector('.cgd-leader')).toBeNull();
    expect(textOf(banner)).toContain('Số tài khoản 0123456789 (chủ tài khoản NGUYEN VAN B) đã bị báo cáo lừa đảo.');
  });

  it('without the shown name, still describes the disguise as a sentence', () => {
    const callbacks = { onReport: vi.fn(), onMistake: vi.fn(), onClose: vi.fn() };
    rendered = render(<WarningBanner verdict={lookalikeVerdict} locale="vi" {...callbacks} />);
    const items = [...rendered.container.querySelectorAll('.cgd-section li')].map(textOf);
    expect(items).toContain('Tên dùng chữ ï (i có dấu hai chấm) thay cho i.');
  });
});
