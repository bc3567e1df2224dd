import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { repoDir } from '../generate/shared-path';

/** The built extension (`wxt build`, run by `npm test` and `npm start` first). */
export const extensionDir = path.join(repoDir, '.output', 'chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Anything that reaches the extension's service worker (a launched browser, or a test's own launch). */
export type WithWorker = Pick<ExtensionBrowser, 'worker'>;

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built extension loaded, headless. The sites are served from fixtures on their real
 * addresses (context.route), so the content scripts' match patterns fire exactly as on the live sites; every
 * other request is refused, as on this machine's closed network.
 *
 * `languages`: the browser's preferred languages (navigator.language is the first), Vietnamese unless told, like
 * the people the extension protects. The extension's language setting 'auto' follows it; this Chromium's own UI
 * language is English (Debian ships only en-US here), which would otherwise make every page English.
 */
export async function launchWithExtension(options: { headless?: boolean; routes?: Record<string, string>; languages?: string } = {}): Promise<ExtensionBrowser> {
  const { headless = true, routes = {}, languages = 'vi-VN,vi' } = options;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`build the extension first: ${extensionDir} is missing`);
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'cgd-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--accept-lang=${languages}`,
    ],
  });
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => route.abort('blockedbyclient'));
  for (const [pattern, file] of Object.entries(routes)) await servePage(context, pattern, file);
  const worker = async (): Promise<Worker> => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Serves a fixture file for every request matching `pattern` (later routes win in Playwright). */
export async function servePage(context: BrowserContext, pattern: string, file: string): Promise<void> {
  const body = await readFile(path.isAbsolute(file) ? file : path.join(repoDir, file));
  await context.route(pattern, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

/** Serves image bytes for every request matching `pattern`. */
export async function serveImage(context: BrowserContext, pattern: string, bytes: Buffer, contentType = 'image/jpeg'): Promise<void> {
  await context.route(pattern, (route) => route.fulfill({ status: 200, contentType, body: bytes }));
}

export const bannerHostName = 'CHONG-GIA-DANH-CANH-BAO';

/** A DOM node as the DevTools protocol describes it (DOM.getDocument with pierce: true). */
export interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  attributes?: string[];
  nodeValue?: string;
}

/**
 * The HTML inside the warning's shadow root, read through the DevTools protocol: the root is closed, so neither
 * the page nor a DOM query can see into it; the browser itself can. Empty string when no warning is in the page.
 */
export async function bannerHtml(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.nodeName === bannerHostName);
    if (!host) return '';
    const shadow = host.shadowRoots?.[0];
    if (!shadow) return '';
    const parts: string[] = [];
    for (const child of shadow.children ?? []) {
      if (child.nodeName === 'STYLE' || child.nodeName === '#text') continue;
      const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { backendNodeId: child.backendNodeId })) as { outerHTML: string };
      parts.push(outerHTML);
    }
    return parts.join('\n');
  } finally {
    await cdp.detach();
  }
}

/** The visible words of the warning, tags and styles removed. */
export async function bannerText(page: Page): Promise<string> {
  const html = await bannerHtml(page);
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Polls until the banner's text satisfies `accept` (the content script works in idle time). The wait is generous:
 * on a loaded machine a cold service worker, an avatar to fetch and hash, or a long thread can take seconds.
 */
export async function waitForBanner(page: Page, accept: (text: string, html: string) => boolean, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const html = await bannerHtml(page);
    last = html;
    const text = await bannerText(page);
    if (accept(text, html)) return text;
    await page.waitForTimeout(150);
  }
  throw new Error(`banner never matched; last banner HTML: ${last.slice(0, 600) || '(none)'}`);
}

/**
 * Clicks the warning's button named `name` with the mouse, as a user would: the button is found through the
 * DevTools protocol (the shadow root is closed), scrolled into view, and clicked at its centre.
 */
export async function clickBannerButton(page: Page, name: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.nodeName === bannerHostName);
    const button = host && findNode(host, (n) => n.nodeName === 'BUTTON' && textOfNode(n).trim() === name);
    if (!button) throw new Error(`no button "${name}" in the warning`);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

function textOfNode(node: CdpNode): string {
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  return (node.children ?? []).map(textOfNode).join('');
}

/** Depth-first search through children and shadow roots, closed ones included. */
export function findNode(node: CdpNode, match: (n: CdpNode) => boolean): CdpNode | undefined {
  if (match(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, match);
    if (found) return found;
  }
  return undefined;
}

/** The id of the tab showing `page`: it is brought to the front, and the extension may know its active tab's id. */
export async function tabIdOf(ext: WithWorker, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await ext.worker();
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

/** The toolbar badge text of the active tab, as the background set it (the extension has no "tabs" permission). */
export async function badgeText(ext: WithWorker, page: Page): Promise<string> {
  const tabId = await tabIdOf(ext, page);
  if (tabId === -1) return '(no tab)';
  const worker = await ext.worker();
  return worker.evaluate((id) => (globalThis as unknown as { chrome: ChromeLike }).chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * Waits until the background has judged the page and its answer has settled (the background keeps each tab's
 * answer in storage.session before the page gets it; the record must stay the same for `quietMs`, since a page's
 * first reading may come before its messages are drawn), then returns the level found. Lets a test say "no
 * warning" about a page that was read and judged, not one still waiting for its answer.
 */
export async function judgedLevel(ext: WithWorker, page: Page, timeoutMs = 30_000, quietMs = 1_200): Promise<string> {
  const tabId = await tabIdOf(ext, page);
  const deadline = Date.now() + timeoutMs;
  let last: string | null = null;
  let since = Date.now();
  while (Date.now() < deadline) {
    const worker = await ext.worker();
    const stored = await worker.evaluate(async (key) => {
      const record = (await (globalThis as unknown as { chrome: ChromeLike }).chrome.storage.session.get(key))[key] as StoredTab | undefined;
      return record ? JSON.stringify(record) : null;
    }, `tab:${tabId}`);
    if (stored !== last) {
      last = stored;
      since = Date.now();
    } else if (stored !== null && Date.now() - since >= quietMs) {
      return (JSON.parse(stored) as StoredTab).answer.verdict.level;
    }
    await page.waitForTimeout(150);
  }
  throw new Error(`the background never settled on an answer for tab ${tabId}`);
}

interface StoredTab {
  answer: { verdict: { level: string } };
}

interface ChromeLike {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}
