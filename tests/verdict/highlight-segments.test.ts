import { describe, expect, it } from 'vitest';
import { highlightSegments, offendingMessages } from '../../lib/verdict/highlight-segments';

describe('highlightSegments', () => {
  it('cuts a message into plain and highlighted runs', () => {
    expect(highlightSegments('chuyển giúp anh 5 triệu nhé', [{ start: 0, end: 15 }])).toEqual([
      { text: 'chuyển giúp anh', highlighted: true },
      { text: ' 5 triệu nhé', highlighted: false },
    ]);
  });

  it('merges overlapping ranges and sorts them', () => {
    expect(highlightSegments('abcdefgh', [{ start: 4, end: 6 }, { start: 1, end: 3 }, { start: 2, end: 5 }])).toEqual([
      { text: 'a', highlighted: false },
      { text: 'bcdef', highlighted: true },
      { text: 'gh', highlighted: false },
    ]);
  });

  it('clamps ranges that run past the text and drops empty ones', () => {
    expect(highlightSegments('abc', [{ start: 2, end: 99 }, { start: -5, end: 0 }, { start: 1, end: 1 }])).toEqual([
      { text: 'ab', highlighted: false },
      { text: 'c', highlighted: true },
    ]);
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', highlighted: false }]);
  });
});

describe('offendingMessages', () => {
  it('keeps only the messages that carry highlights, with their own ranges', () => {
    const found = offendingMessages(['hello', 'send money', 'bye'], [{ messageIndex: 1, start: 0, end: 4, kind: 'request' }]);
    expect(found).toEqual([{ index: 1, text: 'send money', highlights: [{ messageIndex: 1, start: 0, end: 4, kind: 'request' }] }]);
  });
});
