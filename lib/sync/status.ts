import { directorySchema } from '../directory/schema';
import type { ProtectionDb } from '../store/db';
import type { TrustedPublisher } from '../feed';
import { subscribedPublishers } from './subscriptions';

/** One row of the options page's publisher list: what is subscribed, what is in use, how the last poll went. */
export interface PublisherStatus {
  id: string;
  name: string;
  /** Polled from this address; absent for a directory in use that no subscription feeds (the bundled demo). */
  feedUrl?: string;
  builtIn: boolean;
  /** Added by the user: may be removed. */
  removable: boolean;
  source?: 'bundled' | 'feed' | 'import';
  version?: number;
  issuedAt?: string;
  expiresAt?: string;
  /** expiresAt has passed: the directory is still used for matching, but the page says it is out of date. */
  stale: boolean;
  leaders?: number;
  lastCheckAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
  lastErrorCode?: string;
  lastErrorDetail?: string;
  nextAttemptAt?: string;
}

export async function publisherStatuses(db: ProtectionDb, builtIn: readonly TrustedPublisher[], now: Date): Promise<PublisherStatus[]> {
  const subscribed = await subscribedPublishers(db, builtIn);
  const inUse = await db.publishers.toArray();
  const ids = [...new Set([...subscribed.map((p) => p.id), ...inUse.map((p) => p.id)])];
  const rows: PublisherStatus[] = [];
  for (const id of ids) {
    const subscription = subscribed.find((p) => p.id === id);
    const active = inUse.find((p) => p.id === id);
    const stored = active ? await db.directories.get([id, active.activeVersion]) : undefined;
    const parsed = directorySchema.safeParse(stored?.payload);
    const directory = parsed.success ? parsed.data : undefined;
    const sync = await db.syncStates.get(id);
    rows.push({
      id,
      name: directory?.publisher.name ?? subscription?.name ?? id,
      feedUrl: subscription?.feedUrl,
      builtIn: subscription?.builtIn ?? false,
      removable: subscription !== undefined && !subscription.builtIn,
      source: active?.source,
      version: directory?.version,
      issuedAt: directory?.issuedAt,
      expiresAt: directory?.expiresAt,
      stale: directory?.expiresAt !== undefined && Date.parse(directory.expiresAt) <= now.getTime(),
      leaders: directory?.leaders.length,
      lastCheckAt: sync?.lastCheckAt,
      lastSuccessAt: sync?.lastSuccessAt,
      lastError: sync?.lastError,
      lastErrorCode: sync?.lastErrorCode,
      lastErrorDetail: sync?.lastErrorDetail,
      nextAttemptAt: sync?.nextAttemptAt,
    });
  }
  return rows;
}
