import { describe, expect, it } from 'vitest';
import { analyzeMessage, type HighlightKind } from '../../lib/money';

const marked = (text: string): Array<[HighlightKind, string]> =>
  analyzeMessage(text).highlights.map((h) => [h.kind, text.slice(h.start, h.end)]);

describe('highlights point into the original text', () => {
  it('marks each piece of evidence with its kind', () => {
    const text = 'Anh đang họp, em chuyển khoản gấp 20tr vào STK 0123456789 Vietcombank, chủ TK NGUYỄN VĂN B, đừng nói với ai';
    expect(marked(text)).toEqual([
      ['urgency', 'đang họp'],
      ['request', 'chuyển khoản'],
      ['urgency', 'gấp'],
      ['amount', '20tr'],
      ['account', '0123456789'],
      ['bank', 'Vietcombank'],
      ['holder', 'NGUYỄN VĂN B'],
      ['secrecy', 'đừng nói với ai'],
    ]);
  });

  it('keeps decomposed diacritics and emoji offsets right', () => {
    const decomposed = '😀 Em chuyển khoản gấp'.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan('😀 Em chuyển khoản gấp'.length);
    const kinds = marked(decomposed);
    expect(kinds.map(([k]) => k)).toEqual(['request', 'urgency']);
    expect(kinds[0]?.[1].normalize('NFC')).toBe('chuyển khoản');
    expect(kinds[1]?.[1].normalize('NFC')).toBe('gấp');
  });

  it('never returns overlapping highlights', () => {
    const h = analyzeMessage('stk 0987654321 MB momo 0912345678, gọi 0903123456').highlights;
    for (let i = 1; i < h.length; i++) expect(h[i]!.start).toBeGreaterThanOrEqual(h[i - 1]!.end);
    expect(h.some((x) => x.kind === 'phone')).toBe(true);
  });
});
