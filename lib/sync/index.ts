/** Directory sync: polling publishers' signed feeds (docs/feed.md, "Serving a feed"; sync.ts). Pure logic; the background injects fetch, clock and store. */
export { BACKOFF_BASE_MS, BACKOFF_MAX_MS, SYNC_PERIOD_MINUTES, backoffDelayMs } from './backoff';
export { SyncFailure, asSyncFailure, isSyncFailureCode, syncFailureCodes, type SyncFailureCode } from './failure';
export { addPublisher, removePublisher, type AddPublisherError, type AddPublisherResult } from './manage';
export { publisherStatuses, type PublisherStatus } from './status';
export { subscribedPublishers, userTrust, type SubscribedPublisher } from './subscriptions';
export { createSerialQueue, syncAll, syncPublisher, DEFAULT_TIMEOUT_MS, type FetchLike, type SyncEnv, type SyncOutcome, type SyncResult } from './sync';
