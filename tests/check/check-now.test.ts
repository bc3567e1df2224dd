import { describe, expect, it } from 'vitest';
import { readCheckNow } from '../../lib/check/check-now';
import { checkNowSchema } from '../../lib/protocol/messages';

// The content script's hand-written reader and the protocol's schema accept and refuse the same messages.
const samples: unknown[] = [
  { type: 'check-now' },
  { type: 'check-now', tabId: 3 },
  { type: 'photo-verdict-changed', avatarUrl: 'https://x.fbcdn.net/a.jpg' },
  { type: 'CHECK-NOW' },
  ['check-now'],
  'check-now',
  null,
  undefined,
  42,
  {},
];

describe('readCheckNow', () => {
  it.each(samples.map((s) => [JSON.stringify(s) ?? String(s), s]))('agrees with checkNowSchema on %s', (_label, sample) => {
    expect(readCheckNow(sample) !== undefined).toBe(checkNowSchema.safeParse(sample).success);
  });

  it('accepts exactly the check-now message', () => {
    expect(readCheckNow({ type: 'check-now' })).toEqual({ type: 'check-now' });
    expect(readCheckNow({ type: 'check-now', extra: true })).toBeUndefined();
  });
});
