// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupView, type PopupApi } from '../../components/check/PopupView';
import { tc } from '../../components/check/check-i18n';
import { buttonNamed, click, render, textOf, type Rendered } from './render';

/**
 * The popup when the tab's page never asked the extension anything and its content script does not answer: a page
 * the extension does not read, or a Facebook/Zalo page opened before the extension was installed or updated.
 */
let rendered: Rendered | undefined;
afterEach(() => rendered?.unmount());

function api(tabUrl: string | undefined, reloads: string[]): PopupApi {
  return {
    tabAnswer: async () => null,
    checkNow: async () => 'unreachable',
    report: async () => {},
    tabUrl: async () => tabUrl,
    reloadTab: async () => void reloads.push('reload'),
    checkPageUrl: 'chrome-extension://x/check.html',
    optionsUrl: 'chrome-extension://x/options.html',
  };
}

async function shown(tabUrl: string | undefined, reloads: string[] = []): Promise<Element> {
  await act(async () => {
    rendered = render(<PopupView api={api(tabUrl, reloads)} locale="vi" />);
  });
  // The popup asks the page once it opens; let those promises settle.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return rendered!.container;
}

describe('the popup on a page whose content script does not answer', () => {
  it('on Facebook opened before the extension: says to reload, and reloads the tab', async () => {
    const reloads: string[] = [];
    const container = await shown('https://www.facebook.com/messages/t/100077788899900', reloads);
    expect(container.querySelector('[data-state="reload"]')).not.toBeNull();
    expect(textOf(container)).toContain(tc('vi', 'popup.reloadNeeded'));
    expect(textOf(container)).not.toContain(tc('vi', 'popup.unsupported'));
    await act(async () => click(buttonNamed(container as HTMLElement, tc('vi', 'popup.reload'))));
    expect(reloads).toEqual(['reload']);
  });

  it('on Zalo Web too', async () => {
    expect((await shown('https://chat.zalo.me/')).querySelector('[data-state="reload"]')).not.toBeNull();
  });

  it('on another site, or when the browser does not tell the address: not a page the extension reads', async () => {
    for (const url of ['https://example.com/', 'http://www.facebook.com/', 'chrome://settings/', 'not a url', undefined]) {
      const container = await shown(url);
      expect(container.querySelector('[data-state="unsupported"]'), String(url)).not.toBeNull();
      expect(container.querySelector('[data-state="reload"]'), String(url)).toBeNull();
      rendered!.unmount();
      rendered = undefined;
    }
  });
});

describe('the popup while it reads the page again', () => {
  it('keeps keyboard focus on the button (aria-disabled, not disabled) and ignores a second press', async () => {
    let asked = 0;
    let finish: (() => void) | undefined;
    const slow: PopupApi = {
      ...api('https://www.facebook.com/', []),
      tabAnswer: async () => ({ verdict: { level: 'none', leader: null, reasons: [], highlights: [], amounts: [], accounts: [] }, messageIds: [], dismissed: false, layout: 'ok', reportTo: [], locale: 'vi' }),
      checkNow: () => {
        asked++;
        return new Promise((resolve) => (finish = () => resolve({ read: true, layout: 'ok' })));
      },
    };
    await act(async () => {
      rendered = render(<PopupView api={slow} locale="vi" />);
    });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    const button = buttonNamed(rendered!.container, tc('vi', 'popup.checkNow'));
    button.focus();
    await act(async () => click(button));
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.disabled).toBe(false);
    expect(document.activeElement).toBe(button);
    await act(async () => click(button));
    expect(asked).toBe(1);
    await act(async () => finish!());
    expect(button.getAttribute('aria-disabled')).toBe('false');
  });
});
