/**
 * The content script's questions to the background, one at a time and at most one every `intervalMs`: while a chat
 * fills up, newer readings replace each other and only the latest is asked; the first question goes at once.
 * Answers therefore arrive in the order the readings were taken, so an older answer never overwrites a newer one.
 *
 * Plain TypeScript (no extension API), so the ordering is tested on its own (tests/components/ask-queue.test.ts).
 */
export interface AskQueue<T> {
  /** Asks about `item` soon, replacing a question not yet sent. */
  ask(item: T): void;
  /**
   * Asks about `item` through the queue and resolves once an answer about it, or about a newer reading that
   * replaced it, has been handled ("Kiểm tra hồ sơ này" waits for the fresh verdict).
   */
  askAndWait(item: T): Promise<void>;
  /**
   * Asks again about the last item sent (the background's nudge: the settings, the directory or a photo changed
   * the answer), if `still` holds for it. Nothing to do when a newer reading is already waiting: its answer is the
   * fresh one.
   */
  askAgain(still?: (last: T) => boolean): void;
  /** The item last handed to `send` (possibly still in flight). */
  last(): T | undefined;
  stop(): void;
}

export interface AskQueueOptions<T> {
  intervalMs: number;
  /** Sends one question and handles its answer; errors are the sender's to handle. */
  send(item: T): Promise<void>;
  now?: () => number;
  /** False once the page's script is torn down: nothing more is sent. */
  alive?: () => boolean;
}

export function createAskQueue<T>({ intervalMs, send, now = () => performance.now(), alive = () => true }: AskQueueOptions<T>): AskQueue<T> {
  let next: T | undefined;
  /** Callers waiting for the question in `next` (or whatever replaces it) to be answered. */
  let waiting: (() => void)[] = [];
  let sending = false;
  let lastSentAt = -Infinity;
  let lastItem: T | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function ask(item: T): void {
    next = item;
    if (sending || timer !== undefined) return;
    const wait = lastSentAt + intervalMs - now();
    if (wait > 0) {
      timer = setTimeout(() => {
        timer = undefined;
        void sendLatest();
      }, wait);
    } else void sendLatest();
  }

  async function sendLatest(): Promise<void> {
    const item = next;
    const answered = waiting;
    if (item === undefined || !alive()) return;
    next = undefined;
    waiting = [];
    sending = true;
    lastSentAt = now();
    lastItem = item;
    try {
      await send(item);
    } catch {
      // The sender handles its own failures; a throw must not stop the questions that follow.
    } finally {
      sending = false;
      for (const resolve of answered) resolve();
    }
    if (next !== undefined) ask(next);
  }

  return {
    ask,
    askAndWait(item) {
      return new Promise<void>((resolve) => {
        waiting.push(resolve);
        ask(item);
      });
    },
    askAgain(still = () => true) {
      if (next !== undefined || lastItem === undefined || !still(lastItem)) return;
      ask(lastItem);
    },
    last: () => lastItem,
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      next = undefined;
      for (const resolve of waiting) resolve();
      waiting = [];
    },
  };
}
