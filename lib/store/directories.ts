import { directorySchema, type LeaderDirectory } from '../directory/schema';
import type { ProtectionDb, StoredDirectory } from './db';

/** How many older versions of a publisher's directory to keep besides the active one (to roll back by hand). */
const KEEP_PREVIOUS = 1;

export class DirectoryRefused extends Error {
  override name = 'DirectoryRefused';
}

/**
 * Stores a directory and makes it the publisher's active one, in ONE transaction: a crash or a refusal midway
 * leaves the previous directory in use, untouched. A version not newer than the active one is refused
 * (versions only grow), except that the bundled demo may be re-seeded at its own version.
 */
export async function applyDirectory(
  db: ProtectionDb,
  directory: LeaderDirectory,
  source: StoredDirectory['source'],
  now: Date = new Date(),
): Promise<void> {
  await db.transaction('rw', db.directories, db.publishers, async () => {
    const publisherId = directory.publisher.id;
    const current = await db.publishers.get(publisherId);
    if (current && directory.version <= current.activeVersion && !(source === 'bundled' && directory.version === current.activeVersion)) {
      throw new DirectoryRefused(
        `version ${directory.version} of ${publisherId} is not newer than the version in use (${current.activeVersion})`,
      );
    }
    await db.directories.put({ publisherId, version: directory.version, payload: directory, source, receivedAt: now.toISOString() });
    await db.publishers.put({ ...current, id: publisherId, activeVersion: directory.version, source });
    const versions = await db.directories.where('publisherId').equals(publisherId).primaryKeys();
    const stale = versions
      .map(([, version]) => version)
      .sort((a, b) => b - a)
      .slice(1 + KEEP_PREVIOUS);
    await db.directories.bulkDelete(stale.map((v): [string, number] => [publisherId, v]));
  });
}

/**
 * The directories in use, one per publisher. Each is validated again on the way out: storage is a boundary too
 * (an older extension version, or a damaged profile, may have written something else).
 */
export async function activeDirectories(db: ProtectionDb): Promise<{ directories: LeaderDirectory[]; problems: string[] }> {
  const directories: LeaderDirectory[] = [];
  const problems: string[] = [];
  for (const publisher of await db.publishers.toArray()) {
    const stored = await db.directories.get([publisher.id, publisher.activeVersion]);
    const parsed = directorySchema.safeParse(stored?.payload);
    if (parsed.success) directories.push(parsed.data);
    else problems.push(`${publisher.id} v${publisher.activeVersion}: ${stored ? 'stored directory is invalid' : 'missing'}`);
  }
  return { directories, problems };
}

/** On first run (or after the user removed every publisher) the bundled demo directory keeps protection on. */
export async function seedIfEmpty(db: ProtectionDb, bundled: LeaderDirectory): Promise<boolean> {
  if ((await db.publishers.count()) > 0) return false;
  await applyDirectory(db, bundled, 'bundled');
  return true;
}

/** A cheap fingerprint of what is active, to know when an in-memory engine is stale. */
export async function activeStamp(db: ProtectionDb): Promise<string> {
  const publishers = await db.publishers.toArray();
  return publishers
    .map((p) => `${p.id}@${p.activeVersion}`)
    .sort()
    .join(',');
}
