import { readFile } from 'node:fs/promises';
import path from 'node:path';
import demoJson from '../../lib/directory/demo-directory.json';
import { encodeUtf8 } from '../../lib/feed/bytes';
import { generateSigningKeyPair, importPrivateKey, signFeed, type SignedFeed, type SigningKeyPair, type TrustedPublisher } from '../../lib/feed';
import { repoDir } from '../../scripts/generate/shared-path';

/** The demo publisher's TEST private key (tests/feed/keys/); its public half is in lib/feed/trusted-publishers.json. */
export const demoTestKeyFile = path.join(repoDir, 'tests/feed/keys/demo-qt-test-1.private.jwk');

export async function demoTestKey(): Promise<CryptoKey> {
  return importPrivateKey(JSON.parse(await readFile(demoTestKeyFile, 'utf8')));
}

/** The bundled demo payload with changes, as bytes. */
export function payloadBytes(change: (d: Record<string, any>) => void = () => {}): Uint8Array<ArrayBuffer> {
  const d = structuredClone(demoJson) as Record<string, any>;
  change(d);
  return encodeUtf8(JSON.stringify(d, null, 2));
}

export interface TestPublisher {
  pair: SigningKeyPair;
  privateKey: CryptoKey;
  trusted: TrustedPublisher;
  sign: (bytes: Uint8Array<ArrayBuffer>) => Promise<SignedFeed>;
}

/** A fresh key for publisher demo-qt, trusted within [validFrom, validUntil). */
export async function testPublisher(validFrom = '2026-01-01T00:00:00Z', validUntil = '2028-01-01T00:00:00Z', keyId = 'k1'): Promise<TestPublisher> {
  const pair = await generateSigningKeyPair(keyId);
  const privateKey = await importPrivateKey(pair.privateJwk);
  const trusted: TrustedPublisher = {
    id: 'demo-qt',
    name: 'Demo',
    feedUrl: 'http://127.0.0.1/demo-qt.manifest.json',
    keys: [{ keyId, publicKey: pair.publicKey, validFrom, validUntil, test: true }],
  };
  return { pair, privateKey, trusted, sign: (bytes) => signFeed(bytes, privateKey, keyId) };
}

export const now = new Date('2026-11-15T00:00:00Z');
