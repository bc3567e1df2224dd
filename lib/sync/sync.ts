import { MAX_FEED_BYTES, manifestOffersUpdate, parseManifest, verifyFeed, type TrustedPublisher } from '../feed';
import { t } from '../i18n';
import { demoDirectory } from '../directory/demo';
import type { ProtectionDb, SyncState } from '../store/db';
import { applyDirectory } from '../store/directories';
import { backoffDelayMs } from './backoff';
import { SyncFailure, asSyncFailure, type SyncFailureCode } from './failure';
import { subscribedPublishers, type SubscribedPublisher } from './subscriptions';

/**
 * Directory sync: poll each subscribed publisher's manifest, download a feed only when the manifest offers a
 * newer version, verify it (lib/feed: signature, trust, schema, publisher, size, manifest, rollback) and store
 * it with applyDirectory in one transaction. Any refusal leaves the directory in use untouched and is recorded,
 * as a plain Vietnamese sentence, in the publisher's SyncState; scheduled polls then back off.
 *
 * Pure apart from what is injected (store, fetch, clock), so the same code runs in the background and in tests.
 */
export type FetchLike = (url: string, init: { headers: Record<string, string>; signal: AbortSignal; cache: RequestCache }) => Promise<Response>;

export interface SyncEnv {
  db: ProtectionDb;
  fetch: FetchLike;
  now: () => Date;
  /** The built-in trusted publishers this build subscribes to (trustedPublishers({ includeTestKeys })). */
  builtIn: readonly TrustedPublisher[];
  /** Per request; the default suits a 4 MB feed on a slow office line. */
  timeoutMs?: number;
}

export type SyncOutcome = 'applied' | 'up-to-date' | 'not-modified' | 'waiting' | 'failed';

export interface SyncResult {
  publisherId: string;
  outcome: SyncOutcome;
  /** The version in use after the poll. */
  version?: number;
  code?: SyncFailureCode;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
/** A scheduled poll this close to its backoff time goes ahead (alarms are not exact to the millisecond). */
const SCHEDULE_SLACK_MS = 60_000;

async function fetchWithTimeout(env: SyncEnv, url: string, headers: Record<string, string>): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new SyncFailure('timeout', `no answer from ${url} within ${env.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`)), env.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    // no-cache: revalidate with the server every time; the ETag below makes that a 304 of a few hundred bytes.
    return await env.fetch(url, { headers, signal: controller.signal, cache: 'no-cache' });
  } catch (error) {
    if (controller.signal.aborted && controller.signal.reason instanceof SyncFailure) throw controller.signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function readText(env: SyncEnv, url: string, headers: Record<string, string>, limit: number): Promise<{ response: Response; text: string }> {
  const response = await fetchWithTimeout(env, url, headers);
  if (response.status === 304) return { response, text: '' };
  if (!response.ok) throw new SyncFailure('http-error', `${url} answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) throw new SyncFailure('oversized', `${url} is ${declared} bytes; the limit is ${limit}`);
  return { response, text: await response.text() };
}

/**
 * One publisher's poll. `force` ("Đồng bộ ngay", install) ignores the backoff; scheduled polls respect it.
 */
export async function syncPublisher(env: SyncEnv, publisher: SubscribedPublisher, options: { force?: boolean } = {}): Promise<SyncResult> {
  const { db } = env;
  const now = env.now();
  const state: SyncState = (await db.syncStates.get(publisher.id)) ?? { publisherId: publisher.id, failures: 0 };
  const inUse = await db.publishers.get(publisher.id);
  if (!options.force && state.nextAttemptAt !== undefined && now.getTime() < Date.parse(state.nextAttemptAt) - SCHEDULE_SLACK_MS) {
    return { publisherId: publisher.id, outcome: 'waiting', version: inUse?.activeVersion };
  }
  try {
    const conditional: Record<string, string> = state.etag !== undefined && inUse !== undefined ? { 'if-none-match': state.etag } : {};
    const manifestFetch = await readText(env, publisher.feedUrl, conditional, MAX_FEED_BYTES);
    if (manifestFetch.response.status === 304) {
      await succeeded(env, state, now, state.etag);
      return { publisherId: publisher.id, outcome: 'not-modified', version: inUse?.activeVersion };
    }
    const etag = manifestFetch.response.headers.get('etag') ?? undefined;
    const manifest = parseManifest(manifestFetch.text);
    if (manifest.publisherId !== publisher.id) {
      throw new SyncFailure('wrong-publisher', `the manifest at ${publisher.feedUrl} is publisher "${manifest.publisherId}", not "${publisher.id}"`);
    }
    const storedVersion = inUse?.activeVersion;
    if (!manifestOffersUpdate(manifest, storedVersion)) {
      // The same version: nothing to do. An older one: the host went back in time; say so, keep ours.
      if (storedVersion !== undefined && manifest.version < storedVersion) {
        throw new SyncFailure('rollback', `the manifest offers version ${manifest.version}, older than the version in use (${storedVersion})`);
      }
      await succeeded(env, state, now, etag);
      return { publisherId: publisher.id, outcome: 'up-to-date', version: storedVersion };
    }

    const feedUrl = new URL(manifest.feed, publisher.feedUrl).href;
    const feed = await readText(env, feedUrl, {}, MAX_FEED_BYTES);
    const verified = await verifyFeed(feed.text, { publishers: [publisher.trustFor(feed.text)], now, manifest, storedVersion });
    await db.transaction('rw', db.directories, db.publishers, async () => {
      await applyDirectory(db, verified.directory, 'feed', now);
      await db.publishers.update(publisher.id, { feedUrl: publisher.feedUrl });
      await dropBundledDemo(db, publisher.id);
    });
    await succeeded(env, state, now, etag);
    return { publisherId: publisher.id, outcome: 'applied', version: verified.directory.version };
  } catch (error) {
    const failure = asSyncFailure(error);
    await failed(env, state, now, failure);
    return { publisherId: publisher.id, outcome: 'failed', code: failure.code, version: inUse?.activeVersion };
  }
}

/**
 * The bundled demo directory (invented leaders) keeps protection on until a real directory arrives; once another
 * publisher's signed feed is in use, the demo's invented people would only cause false alarms, so it goes.
 * (A feed of the demo publisher itself simply replaces it as a newer version.) If every publisher is removed
 * later, seedIfEmpty brings the demo back.
 */
async function dropBundledDemo(db: ProtectionDb, appliedPublisherId: string): Promise<void> {
  const demoId = demoDirectory.publisher.id;
  if (appliedPublisherId === demoId) return;
  const demo = await db.publishers.get(demoId);
  if (demo?.source !== 'bundled') return;
  await db.publishers.delete(demoId);
  await db.directories.where('publisherId').equals(demoId).delete();
}

async function succeeded(env: SyncEnv, state: SyncState, now: Date, etag: string | undefined): Promise<void> {
  await env.db.syncStates.put({ publisherId: state.publisherId, lastCheckAt: now.toISOString(), lastSuccessAt: now.toISOString(), failures: 0, etag });
}

async function failed(env: SyncEnv, state: SyncState, now: Date, failure: SyncFailure): Promise<void> {
  const failures = state.failures + 1;
  await env.db.syncStates.put({
    publisherId: state.publisherId,
    lastCheckAt: now.toISOString(),
    lastSuccessAt: state.lastSuccessAt,
    lastError: t('vi', `sync.error.${failure.code}`),
    lastErrorCode: failure.code,
    lastErrorDetail: failure.detail.slice(0, 500),
    failures,
    nextAttemptAt: new Date(now.getTime() + backoffDelayMs(failures)).toISOString(),
    // No ETag after a failure: the next poll reads the manifest again in full.
  });
}

/** Polls every subscribed publisher, one after another (feeds are small and few). */
export async function syncAll(env: SyncEnv, options: { force?: boolean } = {}): Promise<SyncResult[]> {
  const results: SyncResult[] = [];
  for (const publisher of await subscribedPublishers(env.db, env.builtIn)) results.push(await syncPublisher(env, publisher, options));
  return results;
}

/**
 * Runs jobs one at a time: an alarm's poll and "Đồng bộ ngay" (or adding a publisher) at once run one after the
 * other, never interleaved. A failed job does not stop the next.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}
