import type { CDPSession } from 'playwright-core';

/** One trace event as Chromium reports it (only the fields used here). */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string }; beginData?: { url?: string } };
}

/** The tab's main-thread work in a window of time, and how much of it was the extension's content script. */
export interface MainThreadWork {
  /** All top-level tasks, ms. */
  taskMs: number;
  /** Time inside the extension's scripts (compile, evaluate, callbacks), ms. */
  extensionMs: number;
  /** The longest task that ran any of the extension's code, and the extension's part of it, ms. */
  longestExtensionTaskMs: number;
  longestExtensionPartMs: number;
  /** The longest task of all, ms. */
  longestTaskMs: number;
}

const topLevel = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const scriptEvents = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.callFunction', 'FireIdleCallback', 'TimerFire', 'EventDispatch']);

/**
 * Records a DevTools trace around `during` and sums the main-thread tasks of the page whose document is `pageUrl`.
 * Attribution is by script URL: an event whose URL is chrome-extension:// is the extension's; nested events are
 * counted once (the outermost).
 */
export async function traceMainThread(cdp: CDPSession, pageUrl: string, during: () => Promise<void>): Promise<MainThreadWork> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);

  const complete_ = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  // The tab's main thread: where its document was parsed or its scripts ran.
  const owner = complete_.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl) ?? mostActiveRenderer(complete_);
  if (!owner) return { taskMs: 0, extensionMs: 0, longestExtensionTaskMs: 0, longestExtensionPartMs: 0, longestTaskMs: 0 };
  const onThread = complete_.filter((e) => e.pid === owner.pid && e.tid === owner.tid).sort((a, b) => a.ts - b.ts);
  const tasks = onThread.filter((e) => topLevel.has(e.name));
  const extensionEvents = outermost(onThread.filter((e) => scriptEvents.has(e.name) && (e.args?.data?.url ?? '').startsWith('chrome-extension://')));

  let taskMs = 0;
  let longestTaskMs = 0;
  let longestExtensionTaskMs = 0;
  let longestExtensionPartMs = 0;
  for (const task of tasks) {
    const ms = task.dur! / 1000;
    taskMs += ms;
    longestTaskMs = Math.max(longestTaskMs, ms);
    const end = task.ts + task.dur!;
    const part = extensionEvents.filter((e) => e.ts >= task.ts && e.ts < end).reduce((sum, e) => sum + e.dur! / 1000, 0);
    if (part > 0 && ms > longestExtensionTaskMs) {
      longestExtensionTaskMs = ms;
      longestExtensionPartMs = part;
    }
  }
  const extensionMs = extensionEvents.reduce((sum, e) => sum + e.dur! / 1000, 0);
  return { taskMs, extensionMs, longestExtensionTaskMs, longestExtensionPartMs, longestTaskMs };
}

function outermost(events: TraceEvent[]): TraceEvent[] {
  const kept: TraceEvent[] = [];
  let coveredUntil = -Infinity;
  for (const e of events) {
    if (e.ts < coveredUntil) continue;
    kept.push(e);
    coveredUntil = e.ts + e.dur!;
  }
  return kept;
}

function mostActiveRenderer(events: TraceEvent[]): TraceEvent | undefined {
  const busy = new Map<string, { e: TraceEvent; total: number }>();
  for (const e of events) {
    if (e.name !== 'ParseHTML' && e.name !== 'Layout') continue;
    const key = `${e.pid}:${e.tid}`;
    const entry = busy.get(key) ?? { e, total: 0 };
    entry.total += e.dur!;
    busy.set(key, entry);
  }
  return [...busy.values()].sort((a, b) => b.total - a.total)[0]?.e;
}
