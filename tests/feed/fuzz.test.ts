import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../lib/feed/bytes';
import { FeedRefused, feedRefusalCodes, verifyFeed, type VerifiedFeed, type VerifyOptions } from '../../lib/feed';
import { seededRandom } from '../../scripts/bench/population';
import { now, payloadBytes, testPublisher } from './helpers';

/**
 * Random damage to a valid feed: every mutated feed must either verify to exactly the original payload or be
 * refused with a known code. Never another exception, never a result that differs from what was signed.
 * Seeded, fixed counts, so a failure names a reproducible case.
 */

const knownCodes = new Set<string>(feedRefusalCodes);
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
type Outcome = { ok: VerifiedFeed } | { refused: string };

async function outcome(feedText: string, options: VerifyOptions): Promise<Outcome> {
  try {
    return { ok: await verifyFeed(feedText, options) };
  } catch (error) {
    if (error instanceof FeedRefused && knownCodes.has(error.code)) return { refused: error.code };
    throw new Error(`not a refusal: ${String(error)}`);
  }
}

function mutator(random: () => number, original: string, alternates: { payload: string; signature: string }) {
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const envelope = () => JSON.parse(original) as Record<string, unknown>;
  const randomText = () =>
    Array.from({ length: int(12) }, () => pick(['a', 'Z', '0', '+', '/', '=', '-', '"', '\\', ' ', 'ệ', '\u200b', '{', '\u0000'])).join('');
  const randomValue = (): unknown => pick([null, 0, -1, 1.5, true, '', randomText(), [], {}, [randomText()], { payload: randomText() }]);
  const flipBytes = (b64: string, count: number) => {
    const bytes = base64ToBytes(b64)!;
    for (let i = 0; i < count && bytes.length > 0; i++) bytes[int(bytes.length)]! ^= 1 << int(8);
    return bytesToBase64(bytes);
  };
  const withEnvelope = (change: (e: Record<string, unknown>) => void) => {
    const e = envelope();
    change(e);
    return JSON.stringify(e);
  };
  const fields = ['format', 'publisherId', 'keyId', 'algorithm', 'payload', 'signature'];

  const kinds: Record<string, () => string> = {
    'text byte': () => {
      const i = int(original.length);
      return original.slice(0, i) + String.fromCharCode(int(128)) + original.slice(i + 1);
    },
    'text insert': () => {
      const i = int(original.length);
      return original.slice(0, i) + randomText() + original.slice(i);
    },
    truncate: () => original.slice(0, int(original.length)),
    'payload bits': () => withEnvelope((e) => (e.payload = flipBytes(e.payload as string, 1 + int(4)))),
    'payload base64 char': () =>
      withEnvelope((e) => {
        const p = e.payload as string;
        const i = int(p.length);
        e.payload = p.slice(0, i) + pick([...'ABCabc019+/=']) + p.slice(i + 1);
      }),
    'payload swapped': () => withEnvelope((e) => (e.payload = alternates.payload)),
    'signature bits': () => withEnvelope((e) => (e.signature = flipBytes(e.signature as string, 1 + int(3)))),
    'signature swapped': () => withEnvelope((e) => (e.signature = alternates.signature)),
    'key id': () => withEnvelope((e) => (e.keyId = pick(['k2', 'K1', 'k1 ', '', randomText(), 'demo-qt-test-1']))),
    'publisher id': () => withEnvelope((e) => (e.publisherId = pick(['qt-pa05', 'demo-qt2', 'DEMO-QT', '', randomText()]))),
    'field removed': () => withEnvelope((e) => delete e[pick(fields)]),
    'field retyped': () => withEnvelope((e) => (e[pick(fields)] = randomValue())),
    'field added': () => withEnvelope((e) => (e[pick(['extra', 'payload2', '__proto__', 'signatures'])] = randomValue())),
    'whitespace reformatted': () => JSON.stringify(envelope(), null, int(5)),
    'duplicate key': () => original.replace(/}\s*$/, `,"${pick(fields)}":${JSON.stringify(randomValue())}}`),
    wrapped: () => pick([`[${original}]`, `{"feed":${original}}`, JSON.stringify(original), 'null', '']),
  };
  const names = Object.keys(kinds);
  return () => {
    const name = pick(names);
    return { name, text: kinds[name]!() };
  };
}

describe('fuzz: a damaged feed verifies to the identical payload or is refused with a known code', () => {
  it('4000 random mutations of the envelope, payload, signature, ids and structure', async () => {
    const p = await testPublisher();
    const options: VerifyOptions = { publishers: [p.trusted], now };
    const bytes = payloadBytes();
    const good = await p.sign(bytes);
    const other = await p.sign(payloadBytes((d) => (d.version = 2)));
    const expectedText = JSON.stringify((await verifyFeed(good.feedText, options)).directory);
    const next = mutator(seededRandom(20261101), good.feedText, JSON.parse(other.feedText) as { payload: string; signature: string });
    const tally: Record<string, number> = {};
    for (let i = 0; i < 4000; i++) {
      const { name, text } = next();
      const result = await outcome(text, options).catch((error: Error) => {
        throw new Error(`mutation ${i} (${name}): ${error.message}`);
      });
      const key = 'ok' in result ? 'verified' : result.refused;
      tally[key] = (tally[key] ?? 0) + 1;
      if ('ok' in result) {
        if (!sameBytes(result.ok.payloadBytes, bytes) || JSON.stringify(result.ok.directory) !== expectedText) {
          throw new Error(`mutation ${i} (${name}) verified to a different payload`);
        }
      }
    }
    // The damage was varied enough to reach most refusals, and harmless changes (whitespace, extra fields) passed.
    expect(Object.keys(tally)).toEqual(expect.arrayContaining(['verified', 'malformed-envelope', 'bad-signature', 'unknown-key', 'unknown-publisher']));
  });

  it('1000 damaged payloads signed by the trusted key: refused as invalid, or read exactly as signed', async () => {
    const p = await testPublisher();
    const options: VerifyOptions = { publishers: [p.trusted], now };
    const random = seededRandom(77);
    const original = payloadBytes();
    const tally: Record<string, number> = {};
    for (let i = 0; i < 1000; i++) {
      const bytes = original.slice();
      const kind = Math.floor(random() * 3);
      if (kind === 0) for (let f = 0; f < 1 + Math.floor(random() * 3); f++) bytes[Math.floor(random() * bytes.length)]! ^= 1 << Math.floor(random() * 8);
      const damaged = kind === 1 ? bytes.slice(0, Math.floor(random() * bytes.length)) : bytes;
      if (kind === 2) damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
      // Sign the damaged bytes directly: signFeed itself would refuse to sign an invalid payload.
      const feedText = JSON.stringify({
        format: 'cgd-feed/1',
        publisherId: 'demo-qt',
        keyId: 'k1',
        algorithm: 'Ed25519',
        payload: bytesToBase64(damaged),
        signature: bytesToBase64(new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, p.privateKey, damaged))),
      });
      const result = await outcome(feedText, options).catch((error: Error) => {
        throw new Error(`payload mutation ${i}: ${error.message}`);
      });
      const key = 'ok' in result ? 'verified' : result.refused;
      tally[key] = (tally[key] ?? 0) + 1;
      if ('ok' in result ? !sameBytes(result.ok.payloadBytes, damaged) : !['invalid-payload', 'publisher-mismatch', 'key-expired'].includes(result.refused)) {
        throw new Error(`payload mutation ${i}: ${JSON.stringify(key)}`);
      }
    }
    expect(tally['invalid-payload']).toBeGreaterThan(0);
  });
});
