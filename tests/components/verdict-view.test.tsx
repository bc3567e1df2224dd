// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LayoutNotRecognised } from '../../components/LayoutNotRecognised';
import { VerdictView } from '../../components/VerdictView';
import type { Locale } from '../../lib/i18n';
import type { Verdict } from '../../lib/verdict/types';
import { dangerVerdict, hijackVerdict, lookalikeVerdict, namesakeVerdict, noneVerdict, scamMessages, verifiedVerdict } from './demo-verdicts';
import { buttonNamed, click, pressKey, render, textOf, type Rendered } from './render';

let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function view(verdict: Verdict, locale: Locale = 'vi') {
  const callbacks = { onReport: vi.fn(), onMistake: vi.fn(), onClose: vi.fn() };
  rendered = render(<VerdictView verdict={verdict} messages={scamMessages} locale={locale} {...callbacks} />);
  return { container: rendered.container, ...callbacks };
}

describe('VerdictView', () => {
  it('shows nothing for none', () => {
    expect(view(noneVerdict).container.innerHTML).toBe('');
  });

  it('shows the small green mark for verified, and no banner', () => {
    const { container } = view(verifiedVerdict);
    const mark = container.querySelector('[data-level="verified"]');
    expect(textOf(mark)).toBe('Tài khoản đã xác minh của Giám đốc Sở Tài chính tỉnh Quảng Trị Lê Quang Minh');
    expect(mark?.getAttribute('lang')).toBe('vi');
    expect(mark?.querySelector('svg[data-shape="verified"]')).not.toBeNull();
    expect(container.querySelector('.cgd-banner')).toBeNull();
  });

  it('shows the quiet namesake note, never a banner', () => {
    const { container, onClose } = view(namesakeVerdict);
    const note = container.querySelector('[data-level="namesake"]');
    expect(textOf(note?.querySelector('p'))).toBe(
      'Trùng tên với Giám đốc Sở Tài chính tỉnh Quảng Trị Lê Quang Minh — đây không phải tài khoản đã xác minh của ông/bà Lê Quang Minh.',
    );
    expect(note?.getAttribute('role')).toBe('note');
    expect(container.querySelector('.cgd-banner')).toBeNull();
    click(buttonNamed(container, 'Đóng'));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows the English mark and note', () => {
    expect(textOf(view(verifiedVerdict, 'en').container)).toBe(
      'Verified account of Lê Quang Minh (Giám đốc, Sở Tài chính tỉnh Quảng Trị)',
    );
    rendered?.unmount();
    expect(textOf(view(namesakeVerdict, 'en').container.querySelector('p'))).toBe(
      'Same name as Lê Quang Minh (Giám đốc, Sở Tài chính tỉnh Quảng Trị) — this is not the verified account of Lê Quang Minh.',
    );
  });

  it.each([
    [dangerVerdict, 'alert'],
    [lookalikeVerdict, null],
    [hijackVerdict, null],
  ] as const)('shows the banner for %#', (verdict, role) => {
    const banner = view(verdict).container.querySelector('.cgd-banner');
    expect(banner?.getAttribute('data-level')).toBe(verdict.level);
    // The banner itself is a region, not live; only danger's short part is an alert (amber speaks through the
    // host's lasting status, banner-ui.tsx).
    expect(banner?.getAttribute('role')).toBeNull();
    expect(banner?.querySelector('.cgd-announce')?.getAttribute('role') ?? null).toBe(role);
  });

  it('shows nothing for a calm level without a leader to name', () => {
    expect(view({ ...verifiedVerdict, leader: null }).container.innerHTML).toBe('');
  });
});

describe('LayoutNotRecognised', () => {
  it('says the page could not be checked, and can be dismissed by button or Escape', () => {
    const onDismiss = vi.fn();
    rendered = render(<LayoutNotRecognised locale="vi" onDismiss={onDismiss} />);
    const notice = rendered.container.querySelector('[data-layout="unknown"]') as HTMLElement;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.getAttribute('lang')).toBe('vi');
    expect(textOf(notice.querySelector('p'))).toMatch(/^Chống Giả Danh chưa nhận ra bố cục trang này, nên chưa thể kiểm tra\. /);
    click(buttonNamed(rendered.container, 'Ẩn thông báo'));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    pressKey(notice.querySelector('button')!, 'Escape');
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });

  it('speaks English too', () => {
    rendered = render(<LayoutNotRecognised locale="en" onDismiss={() => {}} />);
    expect(textOf(rendered.container)).toContain('does not recognise the layout of this page yet');
    expect(rendered.container.querySelector('[lang="en"]')).not.toBeNull();
  });
});
