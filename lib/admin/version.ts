import type { LeaderDirectory } from '../directory/schema';

/**
 * The version step before signing. Clients accept only a version greater than the one they hold (docs/feed.md,
 * "rollback"), so a directory opened at version N is published as N + 1 with a new issuedAt. Bumping twice before
 * publishing does not skip a number; a new publisher's first directory stays version 1.
 */

/** An ISO instant to the second, as the schema's examples write them. */
export function isoSecond(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function nextVersion(draftVersion: number, publishedVersion: number | undefined): number {
  return publishedVersion === undefined ? draftVersion : Math.max(draftVersion, publishedVersion + 1);
}

/**
 * The draft with the next version and issuedAt = now. An expiry keeps the same length of validity from the new
 * issuedAt (a year stays a year), so a bumped directory never expires before it is issued.
 */
export function bumpVersion(draft: LeaderDirectory, publishedVersion: number | undefined, now: Date): LeaderDirectory {
  const issuedAt = isoSecond(now);
  const bumped: LeaderDirectory = { ...draft, version: nextVersion(draft.version, publishedVersion), issuedAt };
  if (draft.expiresAt !== undefined) {
    const validity = Date.parse(draft.expiresAt) - Date.parse(draft.issuedAt);
    bumped.expiresAt = isoSecond(new Date(now.getTime() + Math.max(validity, 24 * 3600 * 1000)));
  }
  return bumped;
}

/** Whether the draft may be signed: its version must be greater than the published one, or clients refuse it. */
export function readyToSign(draft: LeaderDirectory, publishedVersion: number | undefined): boolean {
  return publishedVersion === undefined || draft.version > publishedVersion;
}
