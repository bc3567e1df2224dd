/**
 * Work for the page's idle time: the page stays responsive while a chat fills up. A timeout bounds the delay
 * so a busy page still gets its warning within a fraction of a second.
 */
export type Scheduler = (task: () => void) => () => void;

export const idleScheduler: Scheduler = (task) => {
  const w = globalThis as typeof globalThis & {
    requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const id = w.requestIdleCallback(task, { timeout: 300 });
    return () => w.cancelIdleCallback!(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
};
