import { describe, expect, it } from 'vitest';
import { bestPhotoMatch, PDQ_MATCH_DISTANCE, PDQ_MIN_QUALITY } from '../../lib/photos/pdq';

/** A hash that differs from all-zeros in its first `bits` bits. */
function hashWithBits(bits: number): string {
  let text = '';
  for (let nibble = 0; nibble < 64; nibble++) {
    const inNibble = Math.max(0, Math.min(4, bits - nibble * 4));
    text += ((1 << inNibble) - 1).toString(16);
  }
  return text;
}
const query = '0'.repeat(64);

describe('bestPhotoMatch', () => {
  it('returns the nearest listed photo within the match distance', () => {
    const match = bestPhotoMatch(query, [
      { leaderId: 'far', pdq: hashWithBits(20), quality: 100 },
      { leaderId: 'near', pdq: hashWithBits(6), quality: 90 },
      { leaderId: 'unrelated', pdq: hashWithBits(120), quality: 100 },
    ]);
    expect(match).toEqual({ leaderId: 'near', distance: 6 });
  });

  it('matches at exactly 31 bits and not at 32', () => {
    expect(PDQ_MATCH_DISTANCE).toBe(31);
    expect(bestPhotoMatch(query, [{ leaderId: 'edge', pdq: hashWithBits(31), quality: 100 }])).toEqual({ leaderId: 'edge', distance: 31 });
    expect(bestPhotoMatch(query, [{ leaderId: 'edge', pdq: hashWithBits(32), quality: 100 }])).toBeUndefined();
  });

  it('ignores listed photos too featureless to identify anyone', () => {
    expect(PDQ_MIN_QUALITY).toBe(50);
    expect(bestPhotoMatch(query, [{ leaderId: 'blank', pdq: query, quality: 49 }])).toBeUndefined();
    expect(bestPhotoMatch(query, [{ leaderId: 'ok', pdq: query, quality: 50 }])).toEqual({ leaderId: 'ok', distance: 0 });
  });

  it('keeps the first of equally near photos, and finds nothing in an empty list', () => {
    const match = bestPhotoMatch(query, [
      { leaderId: 'first', pdq: hashWithBits(3), quality: 100 },
      { leaderId: 'second', pdq: hashWithBits(3), quality: 100 },
    ]);
    expect(match?.leaderId).toBe('first');
    expect(bestPhotoMatch(query, [])).toBeUndefined();
  });
});
