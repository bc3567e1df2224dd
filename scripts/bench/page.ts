/**
 * Main-thread cost of the content script on a heavy page, in Debian's Chromium: the same Messenger thread
 * (321 messages) loaded with and without the extension, then 500 more messages arriving, 10 per frame.
 * Reports the tab's main-thread time for both (from a DevTools trace), the ratio, the time spent in the extension's
 * own code, the longest task that ran it, and the content script's own longest batch. Medians of several runs.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumPath, launchWithExtension, servePage } from '../chromium/extension-browser';
import { traceMainThread, type MainThreadWork } from './main-thread-trace';

const url = 'https://www.facebook.com/messages/t/100011122233344';
const fixture = 'tests/fixtures/facebook/messenger-log-2026-en-ordinary-long.html';
const ARRIVING = 500;
const PER_FRAME = 10;
const RUNS = 3;

interface Run {
  load: MainThreadWork;
  arrival: MainThreadWork;
  watcher?: { batches: number; fullReads: number; messagesRead: number; busyMs: number; longestBatchMs: number };
}

/** The page's own script adding messages the way Messenger does: new rows at the end of the log. */
async function messagesArrive(page: Page): Promise<void> {
  await page.evaluate(
    async ([count, perFrame]) => {
      const log = document.querySelector('[role="log"]');
      const rows = log ? [...log.querySelectorAll('[role="article"]')] : [];
      const template = rows.find((r) => r.querySelector('img')) ?? rows.at(-1);
      if (!template || !template.parentElement) throw new Error('no message row to copy');
      const parent = template.parentElement;
      for (let i = 0; i < count; i += perFrame) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        for (let j = i; j < Math.min(count, i + perFrame); j++) {
          const row = template.cloneNode(true) as Element;
          const bubble = row.querySelector('[data-message-id]');
          const text = `Tin nhắn số ${j}: mai họp lúc 8 giờ ở phòng 302 nhé`;
          bubble?.setAttribute('data-message-id', `mid.$bench${j}`);
          bubble?.setAttribute('aria-label', `At 9:${String(j % 60).padStart(2, '0')} AM, Hoàng Thị Lan: ${text}`);
          const textNode = row.querySelector('div[dir="auto"]');
          if (textNode) textNode.textContent = text;
          parent.append(row);
        }
      }
    },
    [ARRIVING, PER_FRAME] as const,
  );
}

async function watcherStats(cdp: CDPSession, contexts: Map<number, string>): Promise<Run['watcher']> {
  for (const [id, name] of contexts) {
    if (!name.includes('Chống Giả Danh')) continue;
    const { result } = (await cdp.send('Runtime.evaluate', {
      expression: 'JSON.stringify(globalThis.__chongGiaDanhStats ?? null)',
      contextId: id,
      returnByValue: true,
    })) as { result: { value?: string } };
    const parsed = result.value ? (JSON.parse(result.value) as Run['watcher'] | null) : null;
    if (parsed) return parsed;
  }
  return undefined;
}

async function oneRun(withExtension: boolean): Promise<Run> {
  let close: () => Promise<void>;
  let context: BrowserContext;
  if (withExtension) {
    const ext = await launchWithExtension();
    context = ext.context;
    close = ext.close;
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), 'cgd-bench-'));
    context = await chromium.launchPersistentContext(dir, {
      executablePath: chromiumPath,
      headless: false,
      viewport: { width: 1280, height: 900 },
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => route.abort('blockedbyclient'));
    close = async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    };
  }
  try {
    await servePage(context, url, fixture);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const contexts = new Map<number, string>();
    cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string; auxData?: { type?: string } } }) => {
      if (e.context.auxData?.type === 'isolated') contexts.set(e.context.id, e.context.name);
    });
    await cdp.send('Runtime.enable');
    const load = await traceMainThread(cdp, url, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(2000); // the content script reads in idle time after document_idle
    });
    const arrival = await traceMainThread(cdp, url, async () => {
      await messagesArrive(page);
      await page.waitForTimeout(2000);
    });
    const watcher = withExtension ? await watcherStats(cdp, contexts) : undefined;
    return { load, arrival, watcher };
  } finally {
    await close();
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const fmt = (x: number) => x.toFixed(1).padStart(8);

export async function runPageBench(): Promise<void> {
  const without: Run[] = [];
  const withExt: Run[] = [];
  // Interleaved, so a busy moment of the machine does not fall on one side only.
  for (let i = 0; i < RUNS; i++) {
    without.push(await oneRun(false));
    withExt.push(await oneRun(true));
  }
  console.log(`Heavy Messenger thread (321 messages), then ${ARRIVING} arriving ${PER_FRAME} per frame; median of ${RUNS} runs each`);
  console.log('(main-thread time of the tab from a DevTools trace; "content script" = time in the extension\'s own code)');
  console.log('phase      main thread without   with    extra   extra %   content script   longest task with it (its part)');
  for (const phase of ['load', 'arrival'] as const) {
    const a = median(without.map((r) => r[phase].taskMs));
    const b = median(withExt.map((r) => r[phase].taskMs));
    const own = median(withExt.map((r) => r[phase].extensionMs));
    const ownShare = (own / a) * 100;
    const longest = withExt.reduce((m, r) => (r[phase].longestExtensionTaskMs > m.longestExtensionTaskMs ? r[phase] : m), withExt[0]![phase]);
    console.log(
      `${phase.padEnd(10)} ${fmt(a)}        ${fmt(b)} ${fmt(b - a)} ${fmt(((b - a) / a) * 100)}%  ${fmt(own)} ms (${ownShare.toFixed(1)}%)  ${fmt(longest.longestExtensionTaskMs)} ms (${longest.longestExtensionPartMs.toFixed(1)} ms)`,
    );
  }
  const w = withExt.map((r) => r.watcher).filter((x): x is NonNullable<Run['watcher']> => x !== undefined);
  if (w.length > 0) {
    console.log(
      `content script: batches ${median(w.map((x) => x.batches))}, full reads ${median(w.map((x) => x.fullReads))}, messages read ${median(w.map((x) => x.messagesRead))}, ` +
        `busy ${median(w.map((x) => x.busyMs)).toFixed(1)} ms, longest batch ${Math.max(...w.map((x) => x.longestBatchMs)).toFixed(1)} ms`,
    );
  } else console.log('content script: stats not readable (was the extension built?)');
}

if (import.meta.url === `file://${process.argv[1]}`) await runPageBench();
