import { demoDirectory } from '../directory/demo';
import type { Contact } from '../directory/schema';
import type { ProtectionDb } from '../store/db';
import { activeDirectories, activeStamp, seedIfEmpty } from '../store/directories';
import { accountKeyOf, isMarkedMistake, listMistakes, markMistake, unmarkMistake } from '../store/mistakes';
import type { AnyRequest, ProtocolReading } from '../protocol/messages';
import type { PageReading } from '../sites/types';
import { createDetectionEngine, type DetectionEngine } from '../verdict/engine';
import type { PhotoEvidence } from '../verdict/judge';
import { judgePage } from '../verdict/page-verdict';
import type { Verdict } from '../verdict/types';
import { createAvatarPhotos, type AvatarHasher } from './avatar-photos';

/** What the background answers a content script about its page. */
export interface PageAnswer {
  verdict: Verdict;
  /** The sender the verdict concerns (in a group chat, one of many). */
  senderName?: string;
  /** Ids of the messages the verdict's highlights index into, in order. */
  messageIds: string[];
  /** The user said this account was wrongly flagged: the verdict is kept for the record but not shown. */
  dismissed: boolean;
  /** Key to remember a mistake under, when the page shows a stable account identity. */
  accountKey?: string;
  layout: PageReading['layout'];
  /** Where to report: the contacts of the publisher that lists the leader. */
  contacts: Contact[];
}

export interface ProtectionOptions {
  /** Fetches and hashes an avatar address. Without it, avatars are only matched from hashes already known. */
  hashAvatar?: AvatarHasher;
  now?: () => Date;
}

/** How a judgement reaches back later: the photo arrived and changed the verdict of the page it was asked for. */
export interface JudgeHooks {
  onRefined?: (answer: PageAnswer) => void | Promise<void>;
}

/** Whether a refined answer says something the first did not: another level, leader or reason. */
function differs(first: PageAnswer, refined: PageAnswer): boolean {
  const gist = (a: PageAnswer) => `${a.verdict.level}|${a.verdict.leader?.id ?? ''}|${a.verdict.reasons.map((r) => r.code).join(',')}`;
  return gist(first) !== gist(refined);
}

/**
 * The background's logic, free of extension APIs so it runs in tests: directories from IndexedDB (seeded with
 * the demo on first run), an engine rebuilt only when the active directories change, and the answers to each
 * request. Nothing lives only in memory that a service-worker restart could lose: the engine is a cache.
 *
 * Photos never delay an answer. The first answer uses what is known at once (a hash the content script sent, or
 * the cached hash of the avatar's address); an avatar not hashed yet is fetched and hashed afterwards, and if
 * that changes the verdict, `hooks.onRefined` gets the new answer.
 */
export function createProtectionService(db: ProtectionDb, options: ProtectionOptions = {}) {
  let cached: { stamp: string; engine: DetectionEngine } | undefined;
  let building: Promise<DetectionEngine> | undefined;
  const avatars = createAvatarPhotos(db, options.hashAvatar ?? (() => Promise.reject(new Error('no avatar hasher'))), options.now);
  const refinements = new Set<Promise<void>>();

  async function engine(): Promise<DetectionEngine> {
    await seedIfEmpty(db, demoDirectory);
    const stamp = await activeStamp(db);
    if (cached?.stamp === stamp) return cached.engine;
    building ??= (async () => {
      const { directories } = await activeDirectories(db);
      const built = createDetectionEngine(directories);
      cached = { stamp, engine: built };
      return built;
    })().finally(() => {
      building = undefined;
    });
    return building;
  }

  async function judge(reading: ProtocolReading, hooks: JudgeHooks = {}): Promise<PageAnswer> {
    const current = await engine();
    const photo = await avatars.lookup(reading.subject, current.photos);
    const answer = await answerFor(current, reading, photo.evidence);
    if (photo.pendingUrl !== undefined && options.hashAvatar) {
      const refinement = refine(photo.pendingUrl, reading, answer, hooks).finally(() => refinements.delete(refinement));
      refinements.add(refinement);
    }
    return answer;
  }

  async function refine(url: string, reading: ProtocolReading, first: PageAnswer, hooks: JudgeHooks): Promise<void> {
    try {
      await avatars.hash(url);
      const current = await engine();
      const { evidence } = await avatars.lookup(reading.subject, current.photos);
      if (!evidence) return;
      const refined = await answerFor(current, reading, evidence);
      if (differs(first, refined)) await hooks.onRefined?.(refined);
    } catch {
      // The tab may be gone, the store closed: the first answer stands.
    }
  }

  async function answerFor(current: DetectionEngine, reading: PageReading, photo: PhotoEvidence | undefined): Promise<PageAnswer> {
    const { verdict, sender } = judgePage(current, reading, photo);
    const accountKey = reading.subject && !reading.subject.isGroup ? accountKeyOf(reading.subject) : undefined;
    const dismissed = verdict.level !== 'none' && verdict.level !== 'verified' && (await isMarkedMistake(db, accountKey));
    return {
      verdict,
      senderName: sender?.identity.name,
      messageIds: sender?.messageIds ?? [],
      dismissed,
      accountKey,
      layout: reading.layout,
      contacts: verdict.leader ? (current.publishers.get(verdict.leader.publisherId)?.contacts ?? []) : [],
    };
  }

  async function handle(request: AnyRequest, hooks: JudgeHooks = {}): Promise<unknown> {
    switch (request.type) {
      case 'judge-page':
        return judge(request.reading, hooks);
      case 'mark-mistake': {
        const accountKey = accountKeyOf(request.subject);
        if (!accountKey) return { ok: false, error: 'no account identity to remember' };
        await markMistake(db, { accountKey, name: request.subject.name, leaderId: request.leaderId });
        return { ok: true, accountKey };
      }
      case 'list-mistakes':
        return listMistakes(db);
      case 'unmark-mistake':
        await unmarkMistake(db, request.accountKey);
        return { ok: true };
      case 'directory-status': {
        await seedIfEmpty(db, demoDirectory);
        const { directories, problems } = await activeDirectories(db);
        return {
          publishers: directories.map((d) => ({ id: d.publisher.id, name: d.publisher.name, version: d.version, issuedAt: d.issuedAt, expiresAt: d.expiresAt, leaders: d.leaders.length })),
          problems,
        };
      }
      case 'get-tab-verdict':
        // Answered by the background entrypoint, which owns the per-tab state.
        return undefined;
    }
  }

  /** Resolves when every photo started so far has been hashed and judged (for tests and benchmarks). */
  async function photosSettled(): Promise<void> {
    while (refinements.size > 0) await Promise.all([...refinements]);
  }

  return { engine, judge, handle, photosSettled };
}

export type ProtectionService = ReturnType<typeof createProtectionService>;
