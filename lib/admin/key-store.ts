import Dexie, { type EntityTable } from 'dexie';
import type { LoadedSigningKey } from './signing-key';

/**
 * The admin page's own IndexedDB (origin: the extension page), separate from the background's database. It holds
 * at most one signing key, and only when the admin asked for it: a non-extractable CryptoKey, which IndexedDB
 * stores by structured clone without ever exposing the private bytes.
 */
export interface RememberedKey extends LoadedSigningKey {
  slot: 'signing';
  savedAt: string;
}

export class AdminDatabase extends Dexie {
  keys!: EntityTable<RememberedKey, 'slot'>;
  constructor(name = 'chong-gia-danh-admin') {
    super(name);
    this.version(1).stores({ keys: 'slot' });
  }
}

export async function rememberKey(db: AdminDatabase, loaded: LoadedSigningKey, now: Date): Promise<void> {
  if (loaded.key.extractable) throw new Error('refusing to store an extractable private key');
  await db.keys.put({ slot: 'signing', key: loaded.key, keyId: loaded.keyId, publicKey: loaded.publicKey, savedAt: now.toISOString() });
}

export async function rememberedKey(db: AdminDatabase): Promise<RememberedKey | undefined> {
  return db.keys.get('signing');
}

export async function forgetKey(db: AdminDatabase): Promise<void> {
  await db.keys.delete('signing');
}
