import { importPrivateKey, keyIdFor, KeyFormatError, publicKeyOfJwk, type TrustedPublisher } from '../feed';
import { base64ToBytes } from '../feed/bytes';

/**
 * The publisher's private key on the admin page. It is read from the JWK file `directory keygen` writes and
 * imported at once as a NON-extractable CryptoKey: from then on the page can sign with it but no script can read
 * it back, and the JWK text is not kept.
 */
export interface LoadedSigningKey {
  key: CryptoKey;
  keyId: string;
  /** Base64 of the raw public key, to compare with the built-in trusted publishers. */
  publicKey: string;
}

export type KeyFileResult = { ok: true; loaded: LoadedSigningKey } | { ok: false; message: string };

export async function loadKeyFile(text: string): Promise<KeyFileResult> {
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    return { ok: false, message: 'not JSON' };
  }
  try {
    const key = await importPrivateKey(jwk);
    const j = jwk as { x: string; kid?: unknown };
    const publicKey = publicKeyOfJwk(j);
    const raw = base64ToBytes(publicKey);
    if (raw === null || raw.length !== 32) return { ok: false, message: 'the public half (x) is not 32 bytes' };
    const keyId = typeof j.kid === 'string' && j.kid !== '' ? j.kid : await keyIdFor(raw);
    return { ok: true, loaded: { key, keyId, publicKey } };
  } catch (error) {
    if (error instanceof KeyFormatError) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * Whether extensions will accept what this key signs for this publisher: the key must be one of the publisher's
 * built-in keys (same id, same public key). A test key is accepted only by test builds.
 */
export type KeyStanding = 'trusted' | 'test-key' | 'unknown-publisher' | 'unknown-key' | 'wrong-public-key';

export function keyStanding(loaded: Pick<LoadedSigningKey, 'keyId' | 'publicKey'>, publisherId: string, publishers: readonly TrustedPublisher[]): KeyStanding {
  const publisher = publishers.find((p) => p.id === publisherId);
  if (!publisher) return 'unknown-publisher';
  const key = publisher.keys.find((k) => k.keyId === loaded.keyId);
  if (!key) return 'unknown-key';
  if (key.publicKey !== loaded.publicKey) return 'wrong-public-key';
  return key.test ? 'test-key' : 'trusted';
}

/**
 * What to do with a newly loaded key. Kept in memory only (gone when the page closes) unless the admin asks to
 * remember it; remembering replaces a key remembered before. Loading a key without "remember" leaves a remembered
 * key where it is (the admin forgets it with its own button), but the page signs with the key just loaded.
 */
export type KeyStoragePlan = { store: 'memory' } | { store: 'indexeddb'; replaces: string | undefined };

export function planKeyStorage(remember: boolean, remembered: { keyId: string } | undefined): KeyStoragePlan {
  return remember ? { store: 'indexeddb', replaces: remembered?.keyId } : { store: 'memory' };
}
