// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { AdminApp } from '../../components/admin/AdminApp';
import type { AdminEnvironment } from '../../components/admin/environment';
import { AdminDatabase } from '../../lib/admin/key-store';
import demoJson from '../../lib/directory/demo-directory.json';
import { trustedPublishers, verifyFeed } from '../../lib/feed';
import type { RgbaImage } from '../../lib/photos/pdq';
import { buttonNamed, click, render, textOf, type Rendered } from '../components/render';
import { demoTestKeyFile } from '../feed/helpers';

const now = new Date('2026-12-01T08:00:00Z');

function flat(): RgbaImage {
  return { width: 64, height: 64, data: new Uint8ClampedArray(64 * 64 * 4).fill(200), channels: 4 };
}

function environment(overrides: Partial<AdminEnvironment> = {}) {
  const downloads: { name: string; text: string }[] = [];
  const puts: { url: string; body: string }[] = [];
  const env: AdminEnvironment = {
    now: () => now,
    publishers: trustedPublishers({ includeTestKeys: true }),
    decodeImage: async () => flat(),
    db: new AdminDatabase(`admin-ui-${Math.random()}`),
    fetch: (async (url: string, init?: RequestInit) => {
      puts.push({ url, body: String(init?.body) });
      return new Response('stored\n', { status: 201 });
    }) as typeof fetch,
    download: (name, text) => downloads.push({ name, text }),
    ...overrides,
  };
  return { env, downloads, puts };
}

/** Lets promises (file reading, crypto, IndexedDB) settle inside act(). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await act(async () => new Promise((r) => setTimeout(r, 5)));
}

function inputLabelled(container: HTMLElement, label: RegExp): HTMLInputElement {
  const found = [...container.querySelectorAll('label')].find((l) => label.test(textOf(l)));
  if (!found) throw new Error(`no label ${label}`);
  return container.querySelector(`#${CSS.escape(found.htmlFor)}`) as HTMLInputElement;
}

async function pickFiles(input: HTMLInputElement, files: File[]): Promise<void> {
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

function type(input: HTMLInputElement, value: string): void {
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('admin page (happy-dom)', () => {
  it('keeps the open directory when a bad file is opened, and lists the bad fields by path', async () => {
    const { env } = environment();
    view = render(<AdminApp env={env} initialLocale="vi" />);
    const picker = inputLabelled(view.container, /^Mở tệp danh bạ/);
    await pickFiles(picker, [new File([JSON.stringify(demoJson)], 'demo.json')]);
    expect(textOf(view.container.querySelector('[data-testid=current]'))).toContain('phiên bản 1');
    expect(textOf(view.container.querySelector('caption'))).toBe(`Danh sách lãnh đạo: ${demoJson.leaders.length} / ${demoJson.leaders.length}`);

    const bad = { ...demoJson, version: 'two', leaders: [{ ...demoJson.leaders[0], accounts: [{ platform: 'zalo', phone: 'abc' }] }] };
    await pickFiles(picker, [new File([JSON.stringify(bad)], 'bad.json')]);
    const notice = view.container.querySelector('[data-testid=notice]')!;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(textOf(notice)).toContain('Không mở được bad.json: dữ liệu không đúng mẫu danh bạ.');
    expect(textOf(notice)).toContain('Danh bạ đang mở vẫn được giữ nguyên.');
    expect([...notice.querySelectorAll('code')].map((c) => c.textContent)).toEqual(expect.arrayContaining(['version', 'leaders.0.accounts.0.phone']));
    expect(textOf(view.container.querySelector('caption'))).toContain(`/ ${demoJson.leaders.length}`);
  });

  it('moves the focus into an editor when it opens, Escape closes it, and the focus returns to the button that opened it', async () => {
    const { env } = environment();
    view = render(<AdminApp env={env} initialLocale="vi" />);
    const c = view.container;
    await pickFiles(inputLabelled(c, /^Mở tệp danh bạ/), [new File([JSON.stringify(demoJson)], 'demo.json')]);
    const edit = c.querySelector<HTMLButtonElement>(`button[aria-label="Sửa ${demoJson.leaders[0]!.name}"]`)!;
    edit.focus();
    click(edit);
    const form = c.querySelector('form[aria-label]')!;
    expect(form.contains(document.activeElement)).toBe(true);
    expect((document.activeElement as HTMLInputElement).value).toBe(demoJson.leaders[0]!.id); // the first field
    act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(c.querySelector('form[aria-label]')).toBeNull();
    expect(document.activeElement).toBe(edit);
    // "Thêm" opens an empty editor; cancelled, the focus is back on "Thêm" (the button is drawn again).
    const add = buttonNamed(c, 'Thêm lãnh đạo');
    add.focus();
    click(add);
    click(buttonNamed(c, 'Huỷ'));
    expect(textOf(document.activeElement)).toBe('Thêm lãnh đạo');
    // Removing a row takes its button away: the focus goes to "Hoàn tác" in the notice, which says what was removed.
    const remove = c.querySelector<HTMLButtonElement>(`button[aria-label="Xoá ${demoJson.leaders[0]!.name}"]`)!;
    remove.focus();
    click(remove);
    expect(textOf(document.activeElement)).toBe('Hoàn tác');
    expect(textOf(c.querySelector('[data-testid=notice]'))).toContain(demoJson.leaders[0]!.name);
  });

  it('validates as the admin types, refuses a plain photo, saves a leader, shows the diff, bumps, signs and publishes', async () => {
    const { env, puts, downloads } = environment();
    view = render(<AdminApp env={env} initialLocale="vi" />);
    const c = view.container;
    await pickFiles(inputLabelled(c, /^Mở tệp danh bạ/), [new File([JSON.stringify(demoJson)], 'demo.json')]);

    click(buttonNamed(c, 'Thêm lãnh đạo'));
    const phone = inputLabelled(c, /^Zalo: số điện thoại/);
    type(phone, '09');
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    const errorId = phone.getAttribute('aria-describedby')!;
    expect(textOf(c.querySelector(`#${CSS.escape(errorId)}`))).toContain('Phải là số điện thoại');
    type(phone, '0912 000 111');
    expect(phone.getAttribute('aria-invalid')).toBeNull();

    await pickFiles(inputLabelled(c, /^Thêm ảnh/), [new File(['x'], 'blank.png', { type: 'image/png' })]);
    expect(textOf(c)).toContain('Ảnh blank.png quá mờ hoặc quá đơn điệu (chất lượng 0/100, cần ít nhất 50)');

    type(inputLabelled(c, /^Mã lãnh đạo/), 'qt-sgtvt-pgd');
    type(inputLabelled(c, /^Họ tên$/), 'Trần Thị Lan');
    await act(async () => buttonNamed(c, 'Lưu').click());
    expect(textOf(c.querySelector('[data-testid=notice]'))).toContain('Đã lưu Trần Thị Lan vào bản nháp.');
    expect(textOf(c.querySelector('[data-testid=diff]'))).toContain('Lãnh đạo thêm mới (1)');

    // Signing is refused until the version is above the published one.
    const signButton = buttonNamed(c, 'Ký danh bạ');
    expect(signButton.disabled).toBe(true);
    click(buttonNamed(c, 'Tăng phiên bản'));
    expect(textOf(c.querySelector('[data-testid=version-line]'))).toBe('Phiên bản sẽ phát hành: 2, ngày phát hành 2026-12-01T08:00:00Z.');

    const jwk = await readFile(demoTestKeyFile, 'utf8');
    await pickFiles(inputLabelled(c, /^Tệp khóa bí mật/), [new File([jwk], 'demo.private.jwk')]);
    expect(textOf(c)).toContain('Khóa demo-qt-test-1 chỉ được giữ đến khi đóng trang.');
    expect(textOf(c)).toContain('Đây là khóa THỬ NGHIỆM');
    await act(async () => buttonNamed(c, 'Ký danh bạ').click());
    await settle();
    expect(textOf(c)).toContain('Đã ký phiên bản 2 bằng khóa demo-qt-test-1.');

    click(buttonNamed(c, 'Tải tệp đã ký (demo-qt-v2.feed.json)'));
    expect(downloads.map((d) => d.name)).toEqual(['demo-qt-v2.feed.json']);
    const verified = await verifyFeed(downloads[0]!.text, { publishers: env.publishers, now, storedVersion: 1 });
    expect(verified.directory.leaders.at(-1)).toMatchObject({ id: 'qt-sgtvt-pgd', name: 'Trần Thị Lan', accounts: [{ platform: 'zalo', phone: '0912 000 111' }] });

    type(inputLabelled(c, /^Địa chỉ thư mục/), 'http://feeds.example.gov.vn/');
    type(inputLabelled(c, /^Mã truy cập/), 'secret');
    await act(async () => buttonNamed(c, 'Đưa lên máy chủ').click());
    expect(textOf(c.querySelector('[data-testid=publish-result]'))).toContain('Địa chỉ phải bắt đầu bằng https://');
    expect(puts).toEqual([]);
    type(inputLabelled(c, /^Địa chỉ thư mục/), 'https://feeds.example.gov.vn/demo-qt/');
    await act(async () => buttonNamed(c, 'Đưa lên máy chủ').click());
    await settle();
    expect(puts.map((p) => p.url)).toEqual(['https://feeds.example.gov.vn/demo-qt/demo-qt-v2.feed.json', 'https://feeds.example.gov.vn/demo-qt/demo-qt.manifest.json']);
    expect(textOf(c.querySelector('[data-testid=publish-result]'))).toContain('Đã phát hành phiên bản 2: cả hai tệp đã lên máy chủ.');
  });

  it('remembers a key only when asked, and forgets it', async () => {
    const { env } = environment();
    view = render(<AdminApp env={env} initialLocale="en" />);
    const c = view.container;
    expect(textOf(c.querySelector('h1'))).toContain('Leader directory administration');
    type(inputLabelled(c, /^Publisher id/), 'qt-pa05');
    type(inputLabelled(c, /^Publisher name/), 'Công an tỉnh Quảng Trị — PA05');
    click(buttonNamed(c, 'Start a new directory'));
    expect(textOf(c.querySelector('[data-testid=diff]') ?? c)).toContain('A new directory');
    const remember = c.querySelector('input[type=checkbox]') as HTMLInputElement;
    click(remember);
    await pickFiles(inputLabelled(c, /^Private key file/), [new File([await readFile(demoTestKeyFile, 'utf8')], 'k.jwk')]);
    expect(textOf(c)).toContain('Loaded the key demo-qt-test-1 and remembered it on this computer.');
    expect(textOf(c)).toContain('The publisher qt-pa05 is not in the extension’s trusted list yet');
    expect((await env.db.keys.toArray()).map((k) => k.keyId)).toEqual(['demo-qt-test-1']);
    await act(async () => buttonNamed(c, 'Forget the remembered key').click());
    await settle();
    expect(await env.db.keys.count()).toBe(0);
    expect(textOf(c)).toContain('Removed the key from this computer.');
  });
});
