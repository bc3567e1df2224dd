import { describe, expect, it } from 'vitest';
import { bumpVersion, nextVersion, readyToSign } from '../../lib/admin/version';
import { emptyDirectory, payloadBytes, payloadOf, payloadText } from '../../lib/admin/payload';
import { putLeader } from '../../lib/admin/edits';
import { demoDirectory } from '../../lib/directory/demo';
import { DirectoryError } from '../../lib/directory/parse';
import { decodePayload, signFeed, trustedPublishers, verifyFeed } from '../../lib/feed';
import { demoTestKey } from '../feed/helpers';

const now = new Date('2026-12-01T08:30:15.123Z');

describe('version bump', () => {
  it('publishes the opened version + 1, never skipping a number when bumped twice', () => {
    expect(nextVersion(1, 1)).toBe(2);
    expect(nextVersion(2, 1)).toBe(2);
    expect(nextVersion(7, 3)).toBe(7);
    expect(nextVersion(1, undefined)).toBe(1);
    const once = bumpVersion(demoDirectory, 1, now);
    const twice = bumpVersion(once, 1, new Date('2026-12-02T00:00:00Z'));
    expect([once.version, twice.version]).toEqual([2, 2]);
    expect(once.issuedAt).toBe('2026-12-01T08:30:15Z');
    expect(twice.issuedAt).toBe('2026-12-02T00:00:00Z');
  });

  it('keeps the length of validity from the new issue date', () => {
    const bumped = bumpVersion(demoDirectory, demoDirectory.version, now);
    const before = Date.parse(demoDirectory.expiresAt!) - Date.parse(demoDirectory.issuedAt);
    expect(Date.parse(bumped.expiresAt!) - Date.parse(bumped.issuedAt)).toBe(before);
    const { expiresAt: _, ...noExpiry } = demoDirectory;
    expect(bumpVersion(noExpiry, 1, now).expiresAt).toBeUndefined();
  });

  it('is ready to sign only above the published version', () => {
    expect(readyToSign(demoDirectory, 1)).toBe(false);
    expect(readyToSign(bumpVersion(demoDirectory, 1, now), 1)).toBe(true);
    expect(readyToSign(emptyDirectory({ id: 'qt-pa05', name: 'PA05' }, '2026-12-01T00:00:00Z'), undefined)).toBe(true);
  });
});

describe('payload', () => {
  it('writes schema 1 without empty optional lists, which signs and verifies with the edit inside', async () => {
    const edited = bumpVersion(putLeader(demoDirectory, { id: 'qt-new', name: 'Trần Thị Lan', aliases: [], photos: [], accounts: [], phones: [] }), 1, now);
    const payload = payloadOf(edited) as { leaders: Record<string, unknown>[] };
    expect(payload.leaders.at(-1)).toEqual({ id: 'qt-new', name: 'Trần Thị Lan' });
    expect(decodePayload(payloadBytes(edited))).toEqual(edited);
    const signed = await signFeed(payloadBytes(edited), await demoTestKey(), 'demo-qt-test-1');
    const verified = await verifyFeed(signed.feedText, { publishers: trustedPublishers({ includeTestKeys: true }), now, manifest: signed.manifest, storedVersion: 1 });
    expect(verified.directory.leaders.at(-1)!.id).toBe('qt-new');
    expect(payloadText(edited).endsWith('}\n')).toBe(true);
  });

  it('refuses to write an invalid directory, naming the field', () => {
    const bad = { ...demoDirectory, leaders: [...demoDirectory.leaders, { ...demoDirectory.leaders[0]! }] };
    expect(() => payloadOf(bad)).toThrow(DirectoryError);
    try {
      payloadOf(bad);
    } catch (error) {
      expect((error as DirectoryError).problems[0]!.path).toBe(`leaders.${demoDirectory.leaders.length}.id`);
    }
  });
});
