import { messageRegion, readMessages, readPage } from '../sites';
import type { ChatMessage, PageReading } from '../sites/types';
import { idleScheduler, type Scheduler } from './schedule';

export interface WatcherOptions {
  document: Document;
  getUrl: () => URL;
  /** Called after a batch that changed what the page shows (new thread, subject, or incoming messages). */
  onReading: (reading: PageReading, url: URL) => void;
  schedule?: Scheduler;
  /** Messages kept per thread, newest last; older ones have been judged already. */
  keepMessages?: number;
  now?: () => number;
}

export interface PageWatcher {
  /** Re-read the page from scratch, e.g. after an in-page navigation. */
  refresh(): void;
  stop(): void;
  /** Counters for benchmarks and tests: how much work the watcher did, and how long it held the page's thread. */
  stats: WatcherStats;
}

export interface WatcherStats {
  batches: number;
  fullReads: number;
  messagesRead: number;
  /** Milliseconds spent in batches, in all and in the longest one. */
  busyMs: number;
  longestBatchMs: number;
}

/** Least time between two batches. */
const MIN_BATCH_GAP_MS = 150;

/** A page whose subject has not rendered yet is re-read at most this often. */
const SUBJECT_RETRY_MS = 500;

/**
 * Watches only the part of the page that matters and does the least work it can on the page's thread:
 * mutations just mark the page dirty; one idle-time batch reads what is new; messages already seen are skipped
 * by id (virtualised lists re-render the same rows); a whole-page read happens only when the address or thread
 * changes, when the subject has not rendered yet, or when the site replaced the message list.
 */
export function watchPage(options: WatcherOptions): PageWatcher {
  const { document, getUrl, onReading } = options;
  const schedule = options.schedule ?? idleScheduler;
  const keep = options.keepMessages ?? 60;
  const now = options.now ?? (() => Date.now());
  const stats: WatcherStats = { batches: 0, fullReads: 0, messagesRead: 0, busyMs: 0, longestBatchMs: 0 };
  const clock = (): number => globalThis.performance?.now() ?? Date.now();

  let current: { url: string; reading: PageReading; seen: Set<string> } | undefined;
  let region: Element | null = null;
  let lastFullRead = -Infinity;
  let lastBatchAt = -Infinity;
  let cancelPending: (() => void) | undefined;
  let stopped = false;
  let fullReadWanted = true;

  // New messages arrive inside the region: watch it closely.
  const regionObserver = new MutationObserver(markDirty);
  // Until the page has rendered what we need, the whole body is watched with a callback that only schedules;
  // afterwards only the body's direct children, plus a slow check that the region was not replaced.
  const bodyObserver = new MutationObserver(markDirty);
  let bodyDeep: boolean | undefined;
  const regionCheck = setInterval(() => {
    if (region && !region.isConnected) markDirty();
  }, 2000);

  function markDirty(): void {
    if (stopped || cancelPending) return;
    // Batches are at least MIN_BATCH_GAP_MS apart: a chat receiving a burst costs a few batches, not one per frame.
    const wait = lastBatchAt + MIN_BATCH_GAP_MS - now();
    let cancelIdle: (() => void) | undefined;
    const timer = setTimeout(
      () => {
        cancelIdle = schedule(() => {
          cancelPending = undefined;
          lastBatchAt = now();
          const started = clock();
          batch();
          const spent = clock() - started;
          stats.busyMs += spent;
          stats.longestBatchMs = Math.max(stats.longestBatchMs, spent);
        });
      },
      Math.max(0, wait),
    );
    cancelPending = () => {
      clearTimeout(timer);
      cancelIdle?.();
    };
  }

  function observeBody(deep: boolean): void {
    if (bodyDeep === deep) return;
    bodyDeep = deep;
    bodyObserver.disconnect();
    bodyObserver.observe(document.body ?? document.documentElement, { childList: true, subtree: deep });
  }

  function attachRegion(url: URL): void {
    const found = messageRegion(document, url);
    if (found === region) return;
    regionObserver.disconnect();
    region = found;
    if (region) regionObserver.observe(region, { childList: true, subtree: true, characterData: true });
  }

  /** Still waiting for the page to render its subject, or (on a thread) its message list. */
  function waiting(): boolean {
    if (!current) return true;
    if (!current.reading.subject?.name) return true;
    return current.reading.kind === 'thread' && region === null;
  }

  function batch(): void {
    if (stopped) return;
    stats.batches++;
    const url = getUrl();
    const moved = !current || current.url !== url.href;
    const replaced = region !== null && !region.isConnected;
    const retry = waiting() && now() - lastFullRead >= SUBJECT_RETRY_MS;
    if (moved || fullReadWanted || replaced || retry) fullRead(url);
    else if (region && current) readNew(url, region, current);
    else if (waiting()) markLater();
    observeBody(waiting());
  }

  /** A page still rendering gets another look soon even if no mutation reaches the observers. */
  function markLater(): void {
    setTimeout(markDirty, SUBJECT_RETRY_MS);
  }

  function readNew(url: URL, container: Element, state: NonNullable<typeof current>): void {
    const fresh = readMessages(container, url, state.seen, { recentMessages: keep });
    if (fresh.length === 0) return;
    stats.messagesRead += fresh.length;
    for (const m of fresh) state.seen.add(m.id);
    state.reading = { ...state.reading, messages: trim([...state.reading.messages, ...fresh], keep) };
    if (fresh.some((m) => m.direction === 'incoming')) onReading(state.reading, url);
  }

  function fullRead(url: URL): void {
    fullReadWanted = false;
    lastFullRead = now();
    stats.fullReads++;
    attachRegion(url);
    // Only the recent part of a long thread: older messages were said before the user opened it, and the verdict
    // looks at the recent ones; reading hundreds of rows at once would be a long task on the page's thread.
    const reading = readPage(document, url, { recentMessages: keep });
    if (!reading) {
      current = undefined;
      return;
    }
    const before = current;
    const sameThread = before !== undefined && before.url === url.href && before.reading.threadKey === reading.threadKey;
    stats.messagesRead += reading.messages.length;
    // In the same thread, keep earlier messages that scrolled out of a virtualised list: they were still said.
    const messages = sameThread ? mergeById(before.reading.messages, reading.messages) : reading.messages;
    const next = { ...reading, messages: trim(messages, keep) };
    current = { url: url.href, reading: next, seen: new Set(messages.map((m) => m.id)) };
    if (!sameThread || changed(before.reading, next)) onReading(next, url);
    if (waiting()) markLater();
  }

  observeBody(true);
  markDirty();

  return {
    refresh() {
      fullReadWanted = true;
      markDirty();
    },
    stop() {
      stopped = true;
      cancelPending?.();
      clearInterval(regionCheck);
      regionObserver.disconnect();
      bodyObserver.disconnect();
    },
    stats,
  };
}

function trim(messages: ChatMessage[], keep: number): ChatMessage[] {
  return messages.length > keep ? messages.slice(messages.length - keep) : messages;
}

function mergeById(older: ChatMessage[], newer: ChatMessage[]): ChatMessage[] {
  const ids = new Set(newer.map((m) => m.id));
  return [...older.filter((m) => !ids.has(m.id)), ...newer];
}

function changed(a: PageReading, b: PageReading): boolean {
  return (
    a.subject?.name !== b.subject?.name ||
    a.subject?.id !== b.subject?.id ||
    a.layout !== b.layout ||
    a.messages.length !== b.messages.length ||
    a.messages.at(-1)?.id !== b.messages.at(-1)?.id
  );
}
