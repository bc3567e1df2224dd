import { describe, expect, it } from 'vitest';
import { cutText } from '../../lib/protocol/cut-text';
import { requestReading } from '../../components/page-guard/request-reading';

describe('cutText', () => {
  it('cuts to the bound without splitting a character', () => {
    expect(cutText('abc', 5)).toBe('abc');
    expect(cutText('abcdef', 3)).toBe('abc');
    const emojiAtCut = `${'a'.repeat(3999)}😀tail`; // the emoji's two halves at 3999 and 4000
    expect(cutText(emojiAtCut, 4000)).toBe('a'.repeat(3999));
    expect(cutText(`${'a'.repeat(3998)}😀tail`, 4000)).toBe(`${'a'.repeat(3998)}😀`);
  });

  it('is how a page reading is bounded before it is sent, so no half character reaches the background', () => {
    const text = `${'Chuyển gấp '.repeat(363)}😀 nhé`; // 3,993 units, then the emoji straddles 4,000
    const reading = requestReading({
      site: 'facebook',
      kind: 'thread',
      layout: 'ok',
      layers: [],
      messages: [{ id: 'm1', direction: 'incoming', text: text.padStart(4001 + 2, 'x') }],
    });
    const sent = reading.messages[0]!.text;
    expect(sent.length).toBeLessThanOrEqual(4000);
    expect(sent).toBe(cutText(text.padStart(4001 + 2, 'x'), 4000));
    expect(() => encodeURIComponent(sent)).not.toThrow();
  });
});
