// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WarningBanner } from '../../components/WarningBanner';
import { NamesakeBanner } from '../../components/page-guard/NamesakeBanner';
import { MistakeNoted } from '../../components/MistakeNoted';
import { uiStyles } from '../../components/ui-styles';
import { dangerVerdict, hijackVerdict, lookalikeVerdict, minh, scamMessages } from './demo-verdicts';
import { buttonNamed, click, pressKey, render, textOf, type Rendered } from './render';
import type { Verdict } from '../../lib/verdict/types';
import { bannerAnnouncement } from '../../components/banner-text';

/**
 * The banner from the keyboard and a screen reader: what is live and when it is announced again, the heading the
 * shortcut focuses, the one scroll box, and the confirmation "Đây là nhầm lẫn" asks for.
 */
let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

const callbacks = () => ({ onReport: vi.fn(), onMistake: vi.fn(), onClose: vi.fn() });

function show(verdict: Verdict, cbs = callbacks(), messages = scamMessages) {
  rendered = render(<WarningBanner verdict={verdict} messages={messages} senderName="Lê Quang Mïnh" locale="vi" {...cbs} />);
  return { container: rendered.container, banner: rendered.container.querySelector('section.cgd-banner') as HTMLElement, ...cbs };
}

const active = () => document.activeElement;

describe('the banner, reached by keyboard', () => {
  it('is one focusable scroll box with a name, and does not take the focus on arrival', () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    try {
      const { banner } = show(dangerVerdict);
      expect(banner.tabIndex).toBe(0);
      expect(banner.getAttribute('aria-labelledby')).toBeTruthy();
      expect(active()).toBe(input);
      // Only the banner scrolls; the host does not (banner-host.tsx), and the brand may wrap at 320 px.
      expect(uiStyles).toMatch(/\.cgd-banner \{[^}]*overflow: auto/);
      expect(uiStyles).not.toMatch(/\.cgd-brand \{[^}]*nowrap/);
    } finally {
      input.remove();
    }
  });

  it('has one focus target, its heading, for the shortcut', () => {
    const { banner } = show(dangerVerdict);
    const targets = banner.querySelectorAll('[data-cgd-focus]');
    expect(targets).toHaveLength(1);
    expect(targets[0]!.tagName).toBe('H2');
    expect((targets[0] as HTMLElement).tabIndex).toBe(-1);
    expect(textOf(targets[0])).toBe('NGUY HIỂM');
  });

  it('shows the shortcut, modestly, in both languages', () => {
    expect(textOf(show(dangerVerdict).banner.querySelector('.cgd-hint'))).toBe('Phím tắt: Alt+Shift+C để chuyển đến cảnh báo, Esc để đóng.');
    rendered?.unmount();
    rendered = render(<WarningBanner verdict={dangerVerdict} locale="en" {...callbacks()} />);
    expect(textOf(rendered.container.querySelector('.cgd-hint'))).toBe('Shortcut: Alt+Shift+C to go to the warning, Esc to close it.');
  });
});

describe('what a screen reader is told, and when again', () => {
  it('keeps the live part when only the evidence changes, and replaces it when the level or the leader changes', () => {
    const cbs = callbacks();
    const { container } = show(dangerVerdict, cbs, scamMessages.slice(0, 1));
    const first = container.querySelector('[role="alert"]');
    act(() => rendered!.root.render(<WarningBanner verdict={dangerVerdict} messages={scamMessages} locale="vi" {...cbs} />));
    expect(container.querySelector('[role="alert"]')).toBe(first); // same element: nothing new to announce
    act(() => rendered!.root.render(<WarningBanner verdict={dangerVerdict} messages={scamMessages} locale="vi" {...cbs} />));
    act(() =>
      rendered!.root.render(
        <WarningBanner verdict={{ ...dangerVerdict, leader: { ...minh, id: 'other', name: 'Trần Văn An' } }} messages={scamMessages} locale="vi" {...cbs} />,
      ),
    );
    expect(container.querySelector('[role="alert"]')).not.toBe(first); // another leader: a new alert, announced
    // Amber levels have no live part of their own: a region inserted with its words is often not announced, so
    // the host's lasting status tells them (banner-host.tsx, banner-ui.tsx).
    act(() => rendered!.root.render(<WarningBanner verdict={hijackVerdict} messages={scamMessages} locale="vi" {...cbs} />));
    expect(container.querySelectorAll('[role="alert"], [role="status"], [aria-live]')).toHaveLength(0);
  });

  it('an amber banner is announced as its level, what is wrong and what to do', () => {
    expect(bannerAnnouncement(hijackVerdict as Verdict & { level: 'hijack-risk' }, 'vi')).toMatch(/^CẦN XÁC MINH\. Đây là tài khoản đã xác minh .+ 0233 3812 345/);
    expect(bannerAnnouncement(lookalikeVerdict as Verdict & { level: 'lookalike' }, 'en')).toMatch(/^IMPERSONATION WARNING\. /);
  });

  it('the namesake banner: no live part of its own (the host’s status tells it), a labelled scroll box', () => {
    rendered = render(<NamesakeBanner leader={minh} locale="vi" onClose={vi.fn()} onMistake={vi.fn()} />);
    const banner = rendered.container.querySelector('section.cgd-banner') as HTMLElement;
    expect(banner.getAttribute('role')).toBeNull();
    expect(banner.tabIndex).toBe(0);
    expect(banner.querySelectorAll('[role="alert"], [role="status"], [aria-live]')).toHaveLength(0);
  });
});

describe('"Đây là nhầm lẫn" asks first', () => {
  it('moves the focus to the question; "Quay lại" returns to the button, nothing marked', () => {
    const { container, onMistake, onClose } = show(lookalikeVerdict);
    click(buttonNamed(container, 'Đây là nhầm lẫn'));
    const question = container.querySelector('.cgd-question') as HTMLElement;
    expect(textOf(question)).toBe('Bạn có chắc đây là cảnh báo nhầm không? Nếu đúng, tiện ích sẽ thôi cảnh báo về tài khoản này.');
    expect(active()).toBe(question);
    expect(container.querySelector('[role="group"]')?.getAttribute('aria-labelledby')).toBe(question.id);
    click(buttonNamed(container, 'Quay lại'));
    expect(active()).toBe(buttonNamed(container, 'Đây là nhầm lẫn'));
    expect(onMistake).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('a question about a quieter warning does not stay open when the warning turns louder', () => {
    const cbs = callbacks();
    const { container } = show(lookalikeVerdict, cbs);
    click(buttonNamed(container, 'Đây là nhầm lẫn'));
    expect(container.querySelector('[data-confirm]')).not.toBeNull();
    act(() => rendered!.root.render(<WarningBanner verdict={dangerVerdict} messages={scamMessages} senderName="Lê Quang Mïnh" locale="vi" {...cbs} />));
    expect(container.querySelector('section')?.getAttribute('data-level')).toBe('danger');
    expect(container.querySelector('[data-confirm]')).toBeNull(); // asked again for the danger warning, if at all
    expect(cbs.onMistake).not.toHaveBeenCalled();
  });

  it('is not offered where there is no account to remember (a group chat)', () => {
    rendered = render(<WarningBanner verdict={dangerVerdict} messages={scamMessages} locale="vi" onReport={vi.fn()} onClose={vi.fn()} />);
    expect([...rendered.container.querySelectorAll('button')].map((b) => textOf(b))).toEqual(['Báo cáo', 'Đóng']);
  });

  it('Escape in the question goes back, not closing the banner; a second Escape closes it', () => {
    const { container, onMistake, onClose } = show(dangerVerdict);
    click(buttonNamed(container, 'Đây là nhầm lẫn'));
    pressKey(buttonNamed(container, 'Đúng, đừng cảnh báo nữa'), 'Escape');
    expect(onClose).not.toHaveBeenCalled();
    const mistake = buttonNamed(container, 'Đây là nhầm lẫn');
    expect(active()).toBe(mistake);
    pressKey(mistake, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onMistake).not.toHaveBeenCalled();
  });

  it('confirming calls back once; the notice says where to undo it, in both languages', () => {
    const { container, onMistake } = show(dangerVerdict);
    click(buttonNamed(container, 'Đây là nhầm lẫn'));
    click(buttonNamed(container, 'Đúng, đừng cảnh báo nữa'));
    expect(onMistake).toHaveBeenCalledTimes(1);
    rendered?.unmount();
    const onClose = vi.fn();
    rendered = render(<MistakeNoted locale="vi" onClose={onClose} />);
    const status = rendered.container.querySelector('[role="status"]') as HTMLElement;
    expect(textOf(status)).toContain('Cài đặt Chống Giả Danh');
    expect(textOf(status)).toContain('Tài khoản bạn đã đánh dấu là cảnh báo nhầm');
    expect(status.hasAttribute('data-cgd-focus')).toBe(true);
    pressKey(buttonNamed(rendered.container, 'Đóng'), 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    rendered.unmount();
    rendered = render(<MistakeNoted locale="en" onClose={onClose} />);
    expect(textOf(rendered.container)).toContain('Accounts you marked as false warnings');
  });
});
