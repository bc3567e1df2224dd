// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageReading } from '../../lib/sites/types';
import { watchPage, type PageWatcher } from '../../lib/watch/page-watcher';
import { repoDir } from '../../scripts/generate/shared-path';

const fixture = (name: string) => readFileSync(path.join(repoDir, 'tests/fixtures/facebook', name), 'utf8');
const lookalikeUrl = 'https://www.facebook.com/messages/t/100077788899900';
const ordinaryUrl = 'https://www.facebook.com/messages/t/100011122233344';

let url: URL;
let readings: PageReading[];
let watcher: PageWatcher | undefined;
const immediate = (task: () => void) => {
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

function load(html: string, href: string): void {
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  url = new URL(href);
}

function start(): PageWatcher {
  watcher = watchPage({ document, getUrl: () => url, onReading: (r) => readings.push(structuredClone(r)), schedule: immediate });
  return watcher;
}

/** A new incoming message row, shaped like the 2026 Messenger layout of the fixture. */
function receive(id: string, text: string): void {
  const log = document.querySelector('[role="log"]')!;
  const rows = log.querySelectorAll('[role="article"]');
  const template = [...rows].find((r) => !(r.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '').includes('Bạn:'))!;
  const row = template.cloneNode(true) as Element;
  const bubble = row.querySelector('[data-message-id]')!;
  bubble.setAttribute('data-message-id', id);
  bubble.setAttribute('aria-label', `Lúc 09:30, GĐ Lê Quаng Minh: ${text}`);
  row.querySelectorAll('div[dir="auto"]').forEach((d, i) => (d.textContent = i === 0 ? text : ''));
  template.parentElement!.append(row);
}

beforeEach(() => {
  readings = [];
});
afterEach(() => watcher?.stop());

describe('page watcher', () => {
  it('reads the page once, then only the messages that arrive', async () => {
    load(fixture('messenger-log-2026-vi-lookalike-money.html'), lookalikeUrl);
    const w = start();
    await settle();
    expect(readings).toHaveLength(1);
    const first = readings[0]!;
    expect(first.subject?.id).toBe('100077788899900');
    const readBefore = w.stats.messagesRead;

    receive('mid.$new1', 'Em chuyển luôn giúp anh nhé');
    await settle();
    expect(readings).toHaveLength(2);
    expect(readings[1]!.messages.at(-1)).toMatchObject({ id: 'mid.$new1', direction: 'incoming', text: 'Em chuyển luôn giúp anh nhé' });
    expect(w.stats.messagesRead - readBefore).toBe(1);
    expect(w.stats.fullReads).toBe(1);
  });

  it('does not report rows it has seen when the site re-renders them', async () => {
    load(fixture('messenger-log-2026-vi-lookalike-money.html'), lookalikeUrl);
    start();
    await settle();
    const log = document.querySelector('[role="log"]')!;
    const row = log.querySelector('[role="article"]')!;
    const parent = row.parentElement!;
    row.remove();
    parent.prepend(row);
    await settle();
    expect(readings).toHaveLength(1);
  });

  it('follows an in-page navigation to another thread', async () => {
    load(fixture('messenger-log-2026-vi-lookalike-money.html'), lookalikeUrl);
    const w = start();
    await settle();
    load(fixture('messenger-log-2026-en-ordinary-long.html'), ordinaryUrl);
    w.refresh();
    await settle();
    const last = readings.at(-1)!;
    expect(last.subject?.id).toBe('100011122233344');
    expect(last.messages.some((m) => m.id.startsWith('mid.$new'))).toBe(false);
  });

  it('stops cleanly: no more readings after stop()', async () => {
    load(fixture('messenger-log-2026-vi-lookalike-money.html'), lookalikeUrl);
    const w = start();
    await settle();
    w.stop();
    receive('mid.$after', 'chuyển tiền');
    await settle();
    expect(readings).toHaveLength(1);
  });
});
