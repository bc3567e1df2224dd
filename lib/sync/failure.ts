import { FeedRefused, feedRefusalCodes } from '../feed';
import { DirectoryRefused } from '../store/directories';

/**
 * Why a poll of a publisher's feed did not bring a new directory: a feed refusal (lib/feed/refusal.ts) or a
 * transport failure. The options page says each in a plain sentence (i18n `sync.error.<code>`).
 */
export const syncFailureCodes = [
  ...feedRefusalCodes,
  /** The address could not be reached (offline, DNS, refused connection, no host permission). */
  'network',
  /** No answer within the time limit. */
  'timeout',
  /** The server answered with an error status (404, 500...). */
  'http-error',
  /** The manifest at this publisher's address is another publisher's. */
  'wrong-publisher',
] as const;

export type SyncFailureCode = (typeof syncFailureCodes)[number];

export class SyncFailure extends Error {
  override name = 'SyncFailure';
  constructor(
    readonly code: SyncFailureCode,
    /** The technical reason, for the record (English, one line). */
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/** Any error met during a poll, as a SyncFailure. */
export function asSyncFailure(error: unknown): SyncFailure {
  if (error instanceof SyncFailure) return error;
  if (error instanceof FeedRefused) return new SyncFailure(error.code, error.message);
  // Another writer stored a version at least as new meanwhile: this download is a rollback now.
  if (error instanceof DirectoryRefused) return new SyncFailure('rollback', error.message);
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) return new SyncFailure('timeout', error.message);
  return new SyncFailure('network', error instanceof Error ? error.message : String(error));
}

export const isSyncFailureCode = (code: string | undefined): code is SyncFailureCode =>
  (syncFailureCodes as readonly string[]).includes(code ?? '');
