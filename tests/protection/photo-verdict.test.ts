import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeImageBytes } from '../../cli/image-file';
import demoJson from '../../lib/directory/demo-directory.json' with { type: 'json' };
import { directorySchema } from '../../lib/directory/schema';
import { AvatarHashError } from '../../lib/photos/fetch-avatar';
import { hammingDistance, PDQ_MATCH_DISTANCE, pdqHash, pdqHashTurnedCopies, turnedCopy, type PdqDihedralResult } from '../../lib/photos/pdq';
import { readContentNotice } from '../../lib/protocol/content-notice';
import { contentNoticeSchema, contentRequestSchema, type ProtocolReading } from '../../lib/protocol/messages';
import { createProtectionService, type PageAnswer } from '../../lib/protection/service';
import { ProtectionDb } from '../../lib/store/db';
import { applyDirectory } from '../../lib/store/directories';
import { demoAvatarFile, demoAvatarUrls } from '../../scripts/fixtures/demo-avatar';
import { syntheticPhoto } from '../photos/synthetic-images';

/**
 * The background's photo path without a browser: a canned hasher stands in for fetch + createImageBitmap, with the
 * committed demo avatar decoded by jpeg-js, so the hashes are the real picture's.
 */
const avatar = decodeImageBytes(readFileSync(demoAvatarFile), demoAvatarFile);
const leaderPicture = pdqHashTurnedCopies(avatar);
const otherPicture = pdqHashTurnedCopies(syntheticPhoto(160, 160, 7, 4));

let db: ProtectionDb;
let hashed: string[];
let pictures: Record<string, PdqDihedralResult | Error>;
beforeEach(() => {
  db = new ProtectionDb('test', { indexedDB: new IDBFactory(), IDBKeyRange });
  hashed = [];
  pictures = { [demoAvatarUrls.copy]: leaderPicture, [demoAvatarUrls.leader]: leaderPicture };
});
afterEach(() => db.close());

function service() {
  return createProtectionService(db, {
    hashAvatar: async (url) => {
      hashed.push(url);
      const picture = pictures[url];
      if (picture === undefined) throw new AvatarHashError('HTTP 404');
      if (picture instanceof Error) throw picture;
      return picture;
    },
  });
}

function profile(subject: Partial<NonNullable<ProtocolReading['subject']>>): ProtocolReading {
  return {
    site: 'facebook', kind: 'profile', layout: 'ok', layers: [], messages: [],
    subject: { platform: 'facebook', name: 'Trương Văn Khải', id: '100088877766655', ...subject },
  };
}

/** Judges, and collects the refined answers that arrive once the photo is hashed. */
async function judgeAndSettle(protection: ReturnType<typeof service>, reading: ProtocolReading) {
  const refined: PageAnswer[] = [];
  const first = await protection.judge(reading, { onRefined: (answer) => void refined.push(answer) });
  await protection.photosSettled();
  return { first, refined };
}

describe('photo evidence in the background', () => {
  it('answers by name at once, then refines to a lookalike of the leader whose photo it is', async () => {
    const protection = service();
    const { first, refined } = await judgeAndSettle(protection, profile({ avatarUrl: demoAvatarUrls.copy }));
    expect(first.verdict.level).toBe('none');
    expect(refined).toHaveLength(1);
    expect(refined[0]!.verdict).toMatchObject({ level: 'lookalike', leader: { id: 'qt-stc-gd' } });
    expect(refined[0]!.verdict.reasons).toContainEqual({ code: 'same-photo', distance: 0 });
    expect(hashed).toEqual([demoAvatarUrls.copy]);
  });

  it('uses the cached hash for the next judgement of the same avatar, without fetching again', async () => {
    await judgeAndSettle(service(), profile({ avatarUrl: demoAvatarUrls.copy }));
    // A fresh service, as after a service-worker restart: the cache is in IndexedDB, not in memory.
    const { first, refined } = await judgeAndSettle(service(), profile({ avatarUrl: demoAvatarUrls.copy }));
    expect(first.verdict.level).toBe('lookalike');
    expect(refined).toEqual([]);
    expect(hashed).toEqual([demoAvatarUrls.copy]);
  });

  it('fetches an avatar once however often the page asks while it is being hashed', async () => {
    const protection = service();
    const reading = profile({ avatarUrl: demoAvatarUrls.copy });
    await Promise.all([protection.judge(reading), protection.judge(reading), protection.judge(reading)]);
    await protection.photosSettled();
    expect(hashed).toEqual([demoAvatarUrls.copy]);
  });

  it('keeps the leader’s own account verified, photo or not, and says nothing new', async () => {
    const own = profile({ name: 'Lê Quang Minh', id: undefined, username: 'lequangminh.qt', avatarUrl: demoAvatarUrls.leader });
    const { first, refined } = await judgeAndSettle(service(), own);
    expect(first.verdict.level).toBe('verified');
    expect(refined).toEqual([]);
  });

  it('a mirrored copy of the leader’s photo is still his photo', async () => {
    const mirrored = demoAvatarUrls.copy.replace('_n.jpg', '_mirrored_n.jpg');
    pictures[mirrored] = pdqHashTurnedCopies(turnedCopy(avatar, 'flipy'));
    // As it is, the mirrored picture is far from the listed photo; its mirrored copy is the photo.
    expect(hammingDistance((pictures[mirrored] as PdqDihedralResult).hashes.orig, leaderPicture.hashes.orig)).toBeGreaterThan(PDQ_MATCH_DISTANCE);
    const { refined } = await judgeAndSettle(service(), profile({ avatarUrl: mirrored }));
    expect(refined[0]?.verdict).toMatchObject({ level: 'lookalike', leader: { id: 'qt-stc-gd' } });
  });

  it('says nothing new about a picture that is not a leader’s, and caches failures too', async () => {
    const other = demoAvatarUrls.copy.replace('_n.jpg', '_other_n.jpg');
    pictures[other] = otherPicture;
    const broken = demoAvatarUrls.copy.replace('_n.jpg', '_broken_n.jpg');
    pictures[broken] = new AvatarHashError('cannot decode the image (InvalidStateError)');
    const protection = service();
    for (const url of [other, broken, other, broken]) {
      const { first, refined } = await judgeAndSettle(protection, profile({ avatarUrl: url }));
      expect(first.verdict.level).toBe('none');
      expect(refined).toEqual([]);
    }
    expect(hashed).toEqual([other, broken]);
    expect((await db.photoHashes.get(broken))?.error).toMatch(/decode/);
  });

  it('never fetches the grey silhouette, another host, or a group’s picture', async () => {
    const protection = service();
    const silhouette =
      'https://scontent.fsgn5-13.fna.fbcdn.net/v/t1.30497-1/453178253_471506465671661_2781666950760530985_n.png?stp=cp0_dst-png_s40x40&oh=00_x&oe=6A2F3B1C';
    for (const avatarUrl of [silhouette, 'https://evil.example/v/t39.30808-1/a_n.jpg', 'http://scontent.fhan2-3.fna.fbcdn.net/a.jpg']) {
      await judgeAndSettle(protection, profile({ avatarUrl }));
    }
    await judgeAndSettle(protection, profile({ avatarUrl: demoAvatarUrls.copy, isGroup: true }));
    expect(hashed).toEqual([]);
  });

  it('fetches nothing when no leader has a photo to compare with', async () => {
    const withoutPhotos = structuredClone(demoJson) as { leaders: { photos?: unknown }[] };
    for (const leader of withoutPhotos.leaders) delete leader.photos;
    await applyDirectory(db, directorySchema.parse(withoutPhotos), 'import');
    await judgeAndSettle(service(), profile({ avatarUrl: demoAvatarUrls.copy }));
    expect(hashed).toEqual([]);
  });

  it('takes the hash a content script sent for a blob: avatar, and ignores it below the quality floor', async () => {
    const { hash, quality } = pdqHash(avatar);
    const zalo = (avatarPdq: string, avatarQuality: number): ProtocolReading => ({
      site: 'zalo', kind: 'thread', layout: 'ok', layers: [], messages: [],
      subject: {
        platform: 'zalo', name: 'Nguyễn Thị Mai', id: '4012345678901234567',
        avatarUrl: 'blob:https://chat.zalo.me/6f1c2a4e-0000-4000-8000-000000000001', avatarPdq, avatarQuality,
      },
    });
    const protection = service();
    const { first } = await judgeAndSettle(protection, zalo(hash, quality));
    expect(first.verdict).toMatchObject({ level: 'lookalike', leader: { id: 'qt-stc-gd' } });
    const { first: flat } = await judgeAndSettle(protection, zalo(hash, 10));
    expect(flat.verdict.level).toBe('none');
    expect(hashed).toEqual([]);
  });
});

describe('the protocol’s avatar hash', () => {
  const request = (subject: object) => ({
    type: 'judge-page', url: 'https://chat.zalo.me/',
    reading: { site: 'zalo', kind: 'thread', layout: 'ok', layers: [], messages: [], subject: { platform: 'zalo', ...subject } },
  });

  it('accepts 64 hex digits and a quality of 0..100', () => {
    expect(contentRequestSchema.safeParse(request({ avatarPdq: 'aF'.repeat(32), avatarQuality: 100 })).success).toBe(true);
  });

  it('refuses anything else', () => {
    for (const bad of [{ avatarPdq: 'a'.repeat(63) }, { avatarPdq: 'g'.repeat(64) }, { avatarPdq: 'a'.repeat(64), avatarQuality: 101 }, { avatarQuality: 1.5 }]) {
      expect(contentRequestSchema.safeParse(request(bad)).success).toBe(false);
    }
  });
});

describe('the background’s notice to a content script', () => {
  it('is read without zod exactly as the schema reads it', () => {
    const samples: unknown[] = [
      { type: 'photo-verdict-changed', avatarUrl: demoAvatarUrls.copy },
      { type: 'photo-verdict-changed', avatarUrl: '' },
      { type: 'photo-verdict-changed', avatarUrl: 'x'.repeat(4096) },
      { type: 'photo-verdict-changed', avatarUrl: 'x'.repeat(4097) },
      { type: 'photo-verdict-changed', avatarUrl: 42 },
      { type: 'judge-page', avatarUrl: demoAvatarUrls.copy },
      { type: 'photo-verdict-changed' },
      { type: 'ask-again' },
      { type: 'ask-again', avatarUrl: demoAvatarUrls.copy, sites: { facebook: false } },
      { type: 'ask-againn' },
      { type: 'focus-warning' },
      { type: 'focus-warning', avatarUrl: demoAvatarUrls.copy },
      { type: 'focus-warnings' },
      { type: 'Focus-warning' },
      ['photo-verdict-changed'],
      'photo-verdict-changed',
      null,
      undefined,
    ];
    for (const sample of samples) {
      const parsed = contentNoticeSchema.safeParse(sample);
      expect(readContentNotice(sample), JSON.stringify(sample)?.slice(0, 80)).toEqual(parsed.success ? parsed.data : undefined);
    }
  });
});
