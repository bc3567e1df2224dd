import { describe, expect, it } from 'vitest';
import { graphicPairs, palette, textPairs } from '../../components/palette';

// WCAG 2.1 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('warning colours', () => {
  it('computes contrast like WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(textPairs.map((p) => [p.use, p] as const))('%s meets AA for text (4.5:1)', (_use, pair) => {
    expect(contrast(palette[pair.fg], palette[pair.bg])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(graphicPairs.map((p) => [p.use, p] as const))('%s meets 3:1 for graphics', (_use, pair) => {
    expect(contrast(palette[pair.fg], palette[pair.bg])).toBeGreaterThanOrEqual(3);
  });
});
