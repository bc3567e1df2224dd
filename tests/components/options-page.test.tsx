// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '../../components/options/OptionsPage';
import type { OptionsApi } from '../../components/options/options-api';
import { t } from '../../lib/i18n';
import type { ExtensionRequest } from '../../lib/protocol/messages';
import type { PublisherStatus } from '../../lib/sync';
import { buttonNamed, render, textOf, type Rendered } from './render';

/**
 * The options page against a fake background: what it shows (staleness, the last error as a sentence) and what it
 * asks (every request a protocol message; the origin's permission before adding a publisher).
 */
const publishers: PublisherStatus[] = [
  {
    id: 'demo-qt',
    name: 'DỮ LIỆU MẪU',
    feedUrl: 'http://127.0.0.1:8787/demo-qt.manifest.json',
    builtIn: true,
    removable: false,
    source: 'feed',
    version: 4,
    issuedAt: '2026-10-01T00:00:00Z',
    expiresAt: '2026-11-01T00:00:00Z',
    stale: true,
    leaders: 12,
    lastCheckAt: '2026-11-20T08:00:00Z',
    lastError: t('vi', 'sync.error.bad-signature'),
    lastErrorCode: 'bad-signature',
    lastErrorDetail: 'bad-signature: signature does not verify with key "demo-qt-test-1"',
  },
  { id: 'hn-pa05', name: 'Công an Hà Nội', feedUrl: 'https://feeds.example.gov.vn/hn.manifest.json', builtIn: false, removable: true, stale: false },
];

function fakeBackground(options: { grant?: boolean; fail?: ExtensionRequest['type'] } = {}) {
  const sent: ExtensionRequest[] = [];
  const origins: string[] = [];
  const removedOrigins: string[] = [];
  let settings = { sites: { facebook: true, zalo: true }, sensitivity: 'normal' };
  const api: OptionsApi = {
    async send(request) {
      sent.push(request);
      if (request.type === options.fail) throw new Error('background gone');
      switch (request.type) {
        case 'publisher-status':
          return { publishers };
        case 'list-mistakes':
          return [{ accountKey: 'facebook:id:100043214321432', name: 'Nguyễn Văn Hùng', markedAt: '2026-11-19T10:00:00Z' }];
        case 'get-settings':
          return settings;
        case 'set-settings':
          settings = request.settings;
          return settings;
        case 'sync-now':
          return { results: [{ publisherId: 'demo-qt', outcome: 'failed', code: 'bad-signature' }, { publisherId: 'hn-pa05', outcome: 'applied', version: 2 }] };
        case 'remove-publisher':
          return { ok: true, feedUrl: 'https://feeds.example.gov.vn/hn.manifest.json' };
        case 'add-publisher':
          return { ok: true, publisherId: 'qt-pa05', sync: { publisherId: 'qt-pa05', outcome: 'applied', version: 1 } };
        default:
          return { ok: true };
      }
    },
    async requestOrigin(origin) {
      origins.push(origin);
      return options.grant ?? true;
    },
    async removeOrigin(origin) {
      removedOrigins.push(origin);
      return true;
    },
    confirm: () => true,
  };
  return { api, sent, origins, removedOrigins };
}

/** Lets the fake background's promises and React's updates run. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

function typeInto(input: HTMLInputElement, value: string): void {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

let page: Rendered | undefined;
afterEach(() => page?.unmount());

async function open(background: ReturnType<typeof fakeBackground>, uiLanguage?: string): Promise<HTMLElement> {
  page = render(<OptionsPage api={background.api} locale="vi" uiLanguage={uiLanguage} />);
  await settle();
  return page.container;
}

describe('the options page', () => {
  it('shows each publisher with its version, a stale directory plainly, and the last error as a sentence', async () => {
    const container = await open(fakeBackground());
    const demo = container.querySelector('[data-publisher="demo-qt"]')!;
    expect(textOf(demo.querySelector('[data-field="version"]'))).toBe('4');
    expect(textOf(demo.querySelector('[data-stale]'))).toBe(t('vi', 'options.publisher.stale'));
    expect(textOf(demo.querySelector('[data-field="last-error"]'))).toContain(`${t('vi', 'sync.error.bad-signature')} ${t('vi', 'options.publisher.kept')}`);
    const added = container.querySelector('[data-publisher="hn-pa05"]')!;
    expect(textOf(added.querySelector('[data-field="version"]'))).toBe(t('vi', 'options.publisher.notYet'));
    expect(textOf(added.querySelector('[data-field="last-check"]'))).toBe(t('vi', 'options.publisher.never'));
    // Only the added publisher can be removed.
    expect(demo.querySelector('button')).toBeNull();
    expect(added.querySelector('button')).not.toBeNull();
  });

  it('removes an added publisher and gives its origin\'s permission back', async () => {
    const background = fakeBackground();
    const container = await open(background);
    act(() => (container.querySelector('[data-publisher="hn-pa05"] button') as HTMLButtonElement).click());
    await settle();
    expect(background.sent).toContainEqual({ type: 'remove-publisher', publisherId: 'hn-pa05' });
    expect(background.removedOrigins).toEqual(['https://feeds.example.gov.vn/*']);
    // Said in the section's status line, with the focus on the list's heading (the row's button is gone).
    expect(textOf(container.querySelector('#sync-message'))).toMatch(/^Đã bỏ đơn vị ".+" và xoá danh bạ/);
    expect(document.activeElement?.id).toBe('publishers-heading');
  });

  it('"Đồng bộ ngay" asks the background and says what happened in a status region', async () => {
    const background = fakeBackground();
    const container = await open(background);
    buttonNamed(container, t('vi', 'options.sync.now')).click();
    await settle();
    expect(background.sent.map((r) => r.type)).toContain('sync-now');
    const status = container.querySelector('#sync-message')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(textOf(status)).toBe(t('vi', 'options.sync.done', { applied: 1, failed: 1 }));
  });

  it('adds a publisher only after the warning is acknowledged and the origin is granted', async () => {
    const background = fakeBackground();
    const container = await open(background);
    expect(textOf(container)).toContain(t('vi', 'options.add.warning'));
    const submit = buttonNamed(container, t('vi', 'options.add.submit'));
    expect(submit.disabled).toBe(true);
    typeInto(container.querySelector('input[name="feedUrl"]')!, 'https://feeds.example.gov.vn/qt/qt-pa05.manifest.json');
    typeInto(container.querySelector('input[name="publicKey"]')!, 'GoT51GylkNW+FbhYFfbvkbXQdssJv21vheVgrkiRitk=');
    act(() => (container.querySelector('input[type="checkbox"][required]') as HTMLInputElement).click());
    expect(submit.disabled).toBe(false);
    act(() => submit.click());
    await settle();
    expect(background.origins).toEqual(['https://feeds.example.gov.vn/*']);
    expect(background.sent).toContainEqual({ type: 'add-publisher', feedUrl: 'https://feeds.example.gov.vn/qt/qt-pa05.manifest.json', publicKey: 'GoT51GylkNW+FbhYFfbvkbXQdssJv21vheVgrkiRitk=' });
    expect(textOf(container)).toContain(t('vi', 'options.add.added', { id: 'qt-pa05' }));
  });

  it('adds nothing when the browser permission is refused, or the address is plain http', async () => {
    const background = fakeBackground({ grant: false });
    const container = await open(background);
    const fill = (url: string) => {
      typeInto(container.querySelector('input[name="feedUrl"]')!, url);
      typeInto(container.querySelector('input[name="publicKey"]')!, 'GoT51GylkNW+FbhYFfbvkbXQdssJv21vheVgrkiRitk=');
      const confirm = container.querySelector('input[type="checkbox"][required]') as HTMLInputElement;
      if (!confirm.checked) act(() => confirm.click());
      act(() => buttonNamed(container, t('vi', 'options.add.submit')).click());
    };
    fill('https://feeds.example.gov.vn/qt-pa05.manifest.json');
    await settle();
    expect(textOf(container)).toContain(t('vi', 'options.add.permissionDenied'));
    fill('http://feeds.example.gov.vn/qt-pa05.manifest.json');
    await settle();
    expect(textOf(container)).toContain(t('vi', 'options.add.error.invalid-url'));
    expect(background.sent.map((r) => r.type)).not.toContain('add-publisher');
  });

  it('lists the accounts marked as mistakes, each with "Bỏ đánh dấu"', async () => {
    const background = fakeBackground();
    const container = await open(background);
    const unmark = container.querySelector('button[aria-label*="Nguyễn Văn Hùng"]') as HTMLButtonElement;
    expect(textOf(unmark)).toBe(t('vi', 'options.mistakes.unmark'));
    unmark.focus();
    act(() => unmark.click());
    await settle();
    expect(background.sent).toContainEqual({ type: 'unmark-mistake', accountKey: 'facebook:id:100043214321432' });
    // The button went with its row: the focus is on the list's heading, not lost to the page's start.
    expect(document.activeElement?.id).toBe('mistakes-heading');
    expect(textOf(container.querySelector('section[aria-labelledby="mistakes-heading"] [role="status"]'))).toBe(
      t('vi', 'options.mistakes.unmarked', { account: 'Nguyễn Văn Hùng (facebook:id:100043214321432)' }),
    );
  });

  it('turns a site off and sets the sensitivity, with labelled controls and what "Cao" does said beside it', async () => {
    const background = fakeBackground();
    const container = await open(background);
    const facebook = container.querySelector('#site-facebook') as HTMLInputElement;
    expect(textOf(container.querySelector('label[for="site-facebook"]'))).toBe(t('vi', 'options.settings.facebook'));
    act(() => facebook.click());
    await settle();
    expect(background.sent).toContainEqual({ type: 'set-settings', settings: { sites: { facebook: false, zalo: true }, sensitivity: 'normal', language: 'auto' } });
    expect(facebook.checked).toBe(false);
    const high = container.querySelector('#sensitivity-high') as HTMLInputElement;
    expect(textOf(container.querySelector(`#${high.getAttribute('aria-describedby')}`))).toBe(t('vi', 'options.settings.highHint'));
    act(() => high.click());
    await settle();
    expect(background.sent).toContainEqual({ type: 'set-settings', settings: { sites: { facebook: false, zalo: true }, sensitivity: 'high', language: 'auto' } });
  });
});

describe('the language setting', () => {
  const radio = (container: HTMLElement, value: string) => container.querySelector(`input[type="radio"][name="language"][value="${value}"]`) as HTMLInputElement;
  const label = (container: HTMLElement, value: string) => container.querySelector(`label[for="language-${value}"]`);

  it('is a labelled radio group under "Ngôn ngữ / Language", each language named in itself, auto naming the browser’s', async () => {
    const container = await open(fakeBackground(), 'en-US');
    const group = radio(container, 'auto').closest('fieldset')!;
    expect(textOf(group.querySelector('legend'))).toBe('Ngôn ngữ / Language');
    expect(textOf(container.querySelector(`#${group.getAttribute('aria-describedby')}`))).toBe(t('en', 'options.settings.languageHint'));
    expect([...group.querySelectorAll('input')].map((i) => (i as HTMLInputElement).value)).toEqual(['auto', 'vi', 'en']);
    // Stored settings without a language read as 'auto': with an English browser, the page is in English.
    expect(radio(container, 'auto').checked).toBe(true);
    expect(textOf(container.querySelector('h1'))).toBe(t('en', 'options.title'));
    expect(textOf(label(container, 'auto'))).toBe(t('en', 'options.settings.languageAuto', { language: 'English' }));
    expect(textOf(label(container, 'vi'))).toBe('Tiếng Việt');
    expect(label(container, 'vi')!.getAttribute('lang')).toBe('vi');
    expect(textOf(label(container, 'en'))).toBe('English');
    expect(label(container, 'en')!.getAttribute('lang')).toBe('en');
  });

  it('choosing English stores it and shows the page in English at once; choosing Tiếng Việt brings Vietnamese back', async () => {
    const background = fakeBackground();
    const container = await open(background, 'vi-VN');
    expect(textOf(container.querySelector('h1'))).toBe(t('vi', 'options.title'));
    expect(textOf(label(container, 'auto'))).toBe(t('vi', 'options.settings.languageAuto', { language: 'Tiếng Việt' }));
    act(() => radio(container, 'en').click());
    await settle();
    expect(background.sent).toContainEqual({ type: 'set-settings', settings: { sites: { facebook: true, zalo: true }, sensitivity: 'normal', language: 'en' } });
    expect(radio(container, 'en').checked).toBe(true);
    expect(textOf(container.querySelector('h1'))).toBe(t('en', 'options.title'));
    expect(textOf(container.querySelector('#settings-heading'))).toBe(t('en', 'options.settings.heading'));
    expect(container.querySelector('main')!.getAttribute('lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe(t('en', 'options.title'));
    // The save is confirmed in the language just chosen.
    expect(textOf(container.querySelector('section[aria-labelledby="settings-heading"] [role="status"]'))).toBe(t('en', 'options.settings.saved'));
    act(() => radio(container, 'vi').click());
    await settle();
    expect(background.sent).toContainEqual({ type: 'set-settings', settings: { sites: { facebook: true, zalo: true }, sensitivity: 'normal', language: 'vi' } });
    expect(textOf(container.querySelector('h1'))).toBe(t('vi', 'options.title'));
    expect(document.documentElement.lang).toBe('vi');
  });

  it('a language the background could not store is not shown as chosen', async () => {
    const background = fakeBackground({ fail: 'set-settings' });
    const container = await open(background, 'vi-VN');
    act(() => radio(container, 'en').click());
    await settle();
    expect(radio(container, 'auto').checked).toBe(true);
    expect(textOf(container.querySelector('h1'))).toBe(t('vi', 'options.title'));
    expect(textOf(container.querySelector('section[aria-labelledby="settings-heading"] [role="status"]'))).toBe(t('vi', 'options.failed', { error: 'background gone' }));
  });
});
