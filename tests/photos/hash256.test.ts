import { describe, expect, it } from 'vitest';
import { bitsAboveToHex, hammingDistance, isPdqHex } from '../../lib/photos/hash256';
import { torbenMedian } from '../../lib/photos/torben';

const zeros = '0'.repeat(64);

describe('PDQ hex format (ThreatExchange Hash256::format, word 15 first)', () => {
  const onlyBit = (k: number): string => {
    const coefficients = new Float32Array(256);
    coefficients[k] = 1;
    return bitsAboveToHex(coefficients, 0);
  };

  it('writes bit 0 (coefficient 0,0) as the lowest bit of the last word', () => {
    expect(onlyBit(0)).toBe(`${'0'.repeat(60)}0001`);
  });

  it('writes bit 15 as the highest bit of word 0 and bit 16 as the lowest of word 1', () => {
    expect(onlyBit(15)).toBe(`${'0'.repeat(60)}8000`);
    expect(onlyBit(16)).toBe(`${'0'.repeat(56)}00010000`);
  });

  it('writes bit 255 (coefficient 15,15) first', () => {
    expect(onlyBit(255)).toBe(`8${'0'.repeat(63)}`);
  });

  it('sets a bit only for values strictly above the threshold', () => {
    const coefficients = new Float32Array(256).fill(2);
    expect(bitsAboveToHex(coefficients, 2)).toBe(zeros);
    expect(bitsAboveToHex(coefficients, 1.5)).toBe('f'.repeat(64));
  });
});

describe('hammingDistance', () => {
  it('counts differing bits', () => {
    expect(hammingDistance(zeros, zeros)).toBe(0);
    expect(hammingDistance(zeros, 'f'.repeat(64))).toBe(256);
    expect(hammingDistance(zeros, `${'0'.repeat(63)}7`)).toBe(3);
    expect(hammingDistance(`a${'0'.repeat(63)}`, `5${'0'.repeat(63)}`)).toBe(4);
  });

  it('matches the distance between two published reference hashes', () => {
    // aaa-orig.jpg and blur-a-little.jpg, pdq-expected-cpp-core.csv; 2 bits differ (0a22/0a2a, 2ed5/26d5).
    const original = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
    const blurred = 'f8f8f0cee0f4a84f06370a2a038f63f0b36e26d596621e1d33e6b39c4e9c9b22';
    expect(hammingDistance(original, blurred)).toBe(2);
    expect(hammingDistance(blurred, original)).toBe(2);
  });

  it('ignores letter case and refuses anything but 64 hex digits', () => {
    expect(hammingDistance('F'.repeat(64), 'f'.repeat(64))).toBe(0);
    expect(() => hammingDistance('f'.repeat(63), zeros)).toThrow(RangeError);
    expect(() => hammingDistance(`g${'0'.repeat(63)}`, zeros)).toThrow(RangeError);
    expect(isPdqHex(` ${'0'.repeat(63)}`)).toBe(false);
  });
});

describe('torbenMedian', () => {
  it('returns the lower middle element of an even count, like the reference', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648 - 0.5;
    };
    for (let round = 0; round < 20; round++) {
      const values = Float32Array.from({ length: 256 }, random);
      const sorted = Float32Array.from(values).sort();
      expect(torbenMedian(values)).toBe(sorted[127]);
    }
  });

  it('handles ties and odd counts', () => {
    expect(torbenMedian(Float32Array.from([3, 1, 2]))).toBe(2);
    expect(torbenMedian(Float32Array.from([5, 5, 5, 5]))).toBe(5);
    expect(torbenMedian(Float32Array.from([1, 2, 2, 2, 9, 9]))).toBe(2);
  });
});
