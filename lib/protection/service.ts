import { demoDirectory } from '../directory/demo';
import type { Contact } from '../directory/schema';
import type { ProtectionDb } from '../store/db';
import { activeDirectories, activeStamp, seedIfEmpty } from '../store/directories';
import { accountKeyOf, isMarkedMistake, listMistakes, markMistake, unmarkMistake } from '../store/mistakes';
import type { AnyRequest } from '../protocol/messages';
import type { PageReading } from '../sites/types';
import { createDetectionEngine, type DetectionEngine } from '../verdict/engine';
import { judgePage } from '../verdict/page-verdict';
import type { Verdict } from '../verdict/types';

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

/**
 * The background's logic, free of extension APIs so it runs in tests: directories from IndexedDB (seeded with
 * the demo on first run), an engine rebuilt only when the active directories change, and the answers to each
 * request. Nothing lives only in memory that a service-worker restart could lose: the engine is a cache.
 */
export function createProtectionService(db: ProtectionDb) {
  let cached: { stamp: string; engine: DetectionEngine } | undefined;
  let building: Promise<DetectionEngine> | undefined;

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

  async function judge(reading: PageReading): Promise<PageAnswer> {
    const current = await engine();
    const { verdict, sender } = judgePage(current, reading);
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

  async function handle(request: AnyRequest): Promise<unknown> {
    switch (request.type) {
      case 'judge-page':
        return judge(request.reading);
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

  return { engine, judge, handle };
}

export type ProtectionService = ReturnType<typeof createProtectionService>;
