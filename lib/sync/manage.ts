import { importPublicKey, parseManifest } from '../feed';
import { demoDirectory } from '../directory/demo';
import { asSyncFailure, type SyncFailureCode } from './failure';
import { syncPublisher, type SyncEnv, type SyncResult } from './sync';
import { subscribedPublishers } from './subscriptions';

/**
 * Adding and removing the publishers a user subscribes to by hand. The options page has already asked the
 * browser for permission to reach the feed's origin (permissions.request needs the user's click); here the
 * address and key are checked, the manifest is read to learn the publisher's id, and the first poll runs.
 */
export type AddPublisherError = 'invalid-key' | 'built-in' | 'already-added' | SyncFailureCode;

export type AddPublisherResult = { ok: true; publisherId: string; sync: SyncResult } | { ok: false; error: AddPublisherError; detail?: string };

export async function addPublisher(env: SyncEnv, input: { feedUrl: string; publicKey: string }): Promise<AddPublisherResult> {
  try {
    await importPublicKey(input.publicKey);
  } catch (error) {
    return { ok: false, error: 'invalid-key', detail: (error as Error).message };
  }
  let publisherId: string;
  try {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), env.timeoutMs ?? 30_000);
    try {
      const response = await env.fetch(input.feedUrl, { headers: {}, signal: controller.signal, cache: 'no-cache' });
      if (!response.ok) return { ok: false, error: 'http-error', detail: `${input.feedUrl} answered ${response.status}` };
      const text = await response.text();
      publisherId = parseManifest(text).publisherId;
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    const failure = asSyncFailure(error);
    return { ok: false, error: failure.code, detail: failure.detail };
  }
  const subscribed = await subscribedPublishers(env.db, env.builtIn);
  if (env.builtIn.some((p) => p.id === publisherId) || publisherId === demoDirectory.publisher.id) return { ok: false, error: 'built-in', detail: publisherId };
  if (subscribed.some((p) => p.id === publisherId)) return { ok: false, error: 'already-added', detail: publisherId };
  await env.db.subscriptions.put({ id: publisherId, feedUrl: input.feedUrl, publicKey: input.publicKey, addedAt: env.now().toISOString() });
  const publisher = (await subscribedPublishers(env.db, env.builtIn)).find((p) => p.id === publisherId);
  const sync = publisher ? await syncPublisher(env, publisher, { force: true }) : { publisherId, outcome: 'failed' as const };
  return { ok: true, publisherId, sync };
}

/**
 * Unsubscribes a publisher the user added: its subscription, poll state, directories and active version go, in
 * one transaction. Built-in publishers cannot be removed (their trust ships with the extension).
 */
export async function removePublisher(env: Pick<SyncEnv, 'db'>, publisherId: string): Promise<{ ok: boolean; feedUrl?: string }> {
  const { db } = env;
  const subscription = await db.subscriptions.get(publisherId);
  if (!subscription) return { ok: false };
  await db.transaction('rw', [db.subscriptions, db.syncStates, db.directories, db.publishers], async () => {
    await db.subscriptions.delete(publisherId);
    await db.syncStates.delete(publisherId);
    await db.publishers.delete(publisherId);
    await db.directories.where('publisherId').equals(publisherId).delete();
  });
  return { ok: true, feedUrl: subscription.feedUrl };
}
