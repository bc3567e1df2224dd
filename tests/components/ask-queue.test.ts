import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAskQueue } from '../../components/page-guard/ask-queue';

/**
 * The order of the content script's questions: the latest reading wins, one question at a time, and the
 * background's "ask again" never replaces a newer reading with an older one (a money request would go unjudged).
 */
let clock = 0;
beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
});
afterEach(() => vi.useRealTimers());

/** A queue whose answers arrive when the test says so. */
function queue() {
  const sent: string[] = [];
  const answers: (() => void)[] = [];
  const questions = createAskQueue<string>({
    intervalMs: 400,
    now: () => clock,
    send: (item) => {
      sent.push(item);
      return new Promise<void>((resolve) => answers.push(resolve));
    },
  });
  const answer = async () => {
    answers.shift()!();
    await Promise.resolve();
    await Promise.resolve();
  };
  const wait = async (ms: number) => {
    clock += ms;
    await vi.advanceTimersByTimeAsync(ms);
  };
  return { questions, sent, answer, wait };
}

describe('the ask queue', () => {
  it('asks the first reading at once, then only the latest of those that came while it waited', async () => {
    const { questions, sent, answer, wait } = queue();
    questions.ask('A');
    questions.ask('B');
    questions.ask('C');
    expect(sent).toEqual(['A']);
    await answer();
    await wait(400);
    expect(sent).toEqual(['A', 'C']);
  });

  it('asking again while a newer reading waits leaves the newer one to be asked', async () => {
    const { questions, sent, answer, wait } = queue();
    questions.ask('A'); // in flight
    questions.ask('B'); // the money request arrives while A is asked
    questions.askAgain(); // the settings changed
    await answer();
    await wait(400);
    expect(sent).toEqual(['A', 'B']);
    await answer();
    await wait(400);
    expect(sent).toEqual(['A', 'B']); // nothing older is asked after B
  });

  it('asks again about the last reading when nothing newer waits, if it still applies', async () => {
    const { questions, sent, answer, wait } = queue();
    questions.ask('A');
    await answer();
    questions.askAgain((last) => last === 'another avatar');
    await wait(400);
    expect(sent).toEqual(['A']);
    questions.askAgain();
    await wait(400);
    expect(sent).toEqual(['A', 'A']);
    expect(questions.last()).toBe('A');
  });

  it('"read again now" waits for its answer, or for that of a newer reading that replaced it', async () => {
    const { questions, sent, answer, wait } = queue();
    questions.ask('A');
    let done = false;
    const waiting = questions.askAndWait('fresh').then(() => (done = true));
    questions.ask('newer'); // the watcher saw more before "fresh" was sent
    await answer(); // A answered
    await wait(400);
    expect(sent).toEqual(['A', 'newer']);
    expect(done).toBe(false);
    await answer();
    await waiting;
    expect(done).toBe(true);
  });

  it('a failing question does not stop the next', async () => {
    const sent: string[] = [];
    const questions = createAskQueue<string>({
      intervalMs: 0,
      now: () => clock,
      send: async (item) => {
        sent.push(item);
        if (item === 'A') throw new Error('extension reloaded');
      },
    });
    questions.ask('A');
    questions.ask('B');
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toEqual(['A', 'B']);
  });
});
