import { checkText, type CheckResult } from '../check';
import { demoDirectory } from '../directory/demo';
import type { PublisherContacts } from '../report/recipients';
import type { Publisher } from '../directory/schema';
import type { ProtectionDb } from '../store/db';
import { activeDirectories, activeStamp, seedIfEmpty } from '../store/directories';
import { accountKeyOf, isMarkedMistake, listMistakes, markMistake, unmarkMistake } from '../store/mistakes';
import type { AnyRequest, ProtocolReading } from '../protocol/messages';
import type { PageReading } from '../sites/types';
import { createDetectionEngine, type DetectionEngine } from '../verdict/engine';
import type { PhotoEvidence } from '../verdict/judge';
import { judgePage } from '../verdict/page-verdict';
import { reportingPublishers } from '../verdict/flagged-reasons';
import type { Verdict } from '../verdict/types';
import { createAvatarPhotos, type AvatarHasher } from './avatar-photos';
import { readSettings, resolveLanguage, writeSettings, type Settings } from '../settings';
import type { Locale } from '../i18n/locale';
import type { TrustedPublisher } from '../feed';
import { addPublisher, createSerialQueue, publisherStatuses, removePublisher, syncAll, type FetchLike, type SyncEnv } from '../sync';

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
  /** The user turned this site off: nothing is shown, and what was shown before goes away. */
  siteOff?: true;
  /** Where to report (lib/report): the publishers that list the leader or reported the numbers, else every one subscribed to. */
  reportTo: PublisherContacts[];
  /** Sensitivity "cao" (lib/settings): show this namesake as an amber banner instead of the quiet note. */
  namesakeBanner?: boolean;
  /** The language to show it in: the user's setting, `auto` resolved with the browser's language. */
  locale: Locale;
}

/** What the check page gets: the result, and where to report it. */
export type CheckAnswer = CheckResult & { reportTo: PublisherContacts[] };

/**
 * Whom to report to: the publisher whose directory lists the leader concerned and those that reported a value the
 * finding rests on; with neither (a message asking for money), every publisher subscribed to, since each is an
 * office that takes reports.
 */
function reportTo(engine: DetectionEngine, concerned: { leader: { publisherId: string } | null; reasons: readonly { code: string; reportedBy?: readonly string[] }[] }): PublisherContacts[] {
  const ids = [...new Set([...(concerned.leader ? [concerned.leader.publisherId] : []), ...reportingPublishers(concerned.reasons)])];
  const withContacts = (publishers: Iterable<Publisher | undefined>): PublisherContacts[] =>
    [...publishers].flatMap((p) => (p && p.contacts.length > 0 ? [{ publisher: p.name, contacts: p.contacts }] : []));
  const concernedOffices = withContacts(ids.map((id) => engine.publishers.get(id)));
  // Publishers that list no contacts leave the report to the offices that do, rather than to the hotlines alone.
  return concernedOffices.length > 0 ? concernedOffices : withContacts(engine.publishers.values());
}

/** What a page on a site the user turned off gets: nothing to show. */
const silentVerdict = (): Verdict => ({ level: 'none', leader: null, reasons: [], highlights: [], amounts: [], accounts: [] });

export interface ProtectionOptions {
  /** Fetches and hashes an avatar address. Without it, avatars are only matched from hashes already known. */
  hashAvatar?: AvatarHasher;
  now?: () => Date;
  /**
   * The browser's UI language tag (navigator.language in the background), read at each answer, for the language
   * setting `auto`. Without it, `auto` means Vietnamese.
   */
  uiLanguage?: () => string | undefined;
  /** Told after the directories in use changed (a sync applied a version, a publisher added or removed). */
  onDirectoriesChanged?: () => void;
  /** Directory sync (lib/sync): how to fetch, and which built-in publishers this build trusts. Without it, no sync. */
  sync?: {
    fetch: FetchLike;
    /** Read at each poll: a development or test build may point its test publisher at a local server. */
    builtIn: () => Promise<readonly TrustedPublisher[]>;
    timeoutMs?: number;
  };
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
  const now = options.now ?? (() => new Date());
  const enqueueSync = createSerialQueue();
  async function syncEnv(): Promise<SyncEnv | undefined> {
    if (!options.sync) return undefined;
    return { db, now, fetch: options.sync.fetch, timeoutMs: options.sync.timeoutMs, builtIn: await options.sync.builtIn() };
  }

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

  /** The locale the settings mean, `auto` resolved with the browser's language. */
  const localeOf = (settings: Settings): Locale => resolveLanguage(settings.language, options.uiLanguage?.());

  /** The language the extension speaks now (toolbar titles, the context menu). */
  async function locale(): Promise<Locale> {
    return localeOf(await readSettings(db));
  }

  async function judge(reading: ProtocolReading, hooks: JudgeHooks = {}): Promise<PageAnswer> {
    const settings = await readSettings(db);
    if (!settings.sites[reading.site]) {
      // The user turned this site off: no warning of any level, and no photo fetched for it.
      return { verdict: silentVerdict(), messageIds: [], dismissed: false, layout: reading.layout, siteOff: true, reportTo: [], locale: localeOf(settings) };
    }
    const current = await engine();
    const photo = await avatars.lookup(reading.subject, current.photos);
    const answer = await answerFor(current, reading, photo.evidence, settings);
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
      const refined = await answerFor(current, reading, evidence, await readSettings(db));
      if (differs(first, refined)) await hooks.onRefined?.(refined);
    } catch {
      // The tab may be gone, the store closed: the first answer stands.
    }
  }

  async function answerFor(current: DetectionEngine, reading: PageReading, photo: PhotoEvidence | undefined, settings: Settings): Promise<PageAnswer> {
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
      reportTo: reportTo(current, verdict),
      ...(settings.sensitivity === 'high' && verdict.level === 'namesake' ? { namesakeBanner: true } : {}),
      locale: localeOf(settings),
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
      case 'publisher-status':
        await seedIfEmpty(db, demoDirectory);
        return { publishers: await publisherStatuses(db, (await syncEnv())?.builtIn ?? [], now()) };
      case 'sync-now':
        return { results: await syncNow(true) };
      case 'add-publisher': {
        const added = await enqueueSync(async () => {
          const env = await syncEnv();
          if (!env) return { ok: false, error: 'network', detail: 'sync is not available' } as const;
          return addPublisher(env, { feedUrl: request.feedUrl, publicKey: request.publicKey });
        });
        if (added.ok) options.onDirectoriesChanged?.();
        return added;
      }
      case 'remove-publisher': {
        const removed = await removePublisher({ db }, request.publisherId);
        await seedIfEmpty(db, demoDirectory); // the last publisher gone: the demo keeps protection on
        if (removed.ok) options.onDirectoriesChanged?.();
        return removed;
      }
      case 'get-settings':
        return readSettings(db);
      case 'set-settings':
        return writeSettings(db, request.settings);
      case 'check-input': {
        const current = await engine();
        const result = checkText(current, request.text);
        return { ...result, reportTo: reportTo(current, result) } satisfies CheckAnswer;
      }
      case 'get-tab-verdict':
      case 'open-report':
        // Answered by the background entrypoint, which owns the tabs and their state.
        return undefined;
    }
  }

  /** Polls every subscribed publisher (one poll at a time). `force`: ignore the backoff ("Đồng bộ ngay", install). */
  async function syncNow(force: boolean) {
    const results = await enqueueSync(async () => {
      const env = await syncEnv();
      return env ? syncAll(env, { force }) : [];
    });
    if (results.some((r) => r.outcome === 'applied')) options.onDirectoriesChanged?.();
    return results;
  }

  /** Resolves when every photo started so far has been hashed and judged (for tests and benchmarks). */
  async function photosSettled(): Promise<void> {
    while (refinements.size > 0) await Promise.all([...refinements]);
  }

  return { engine, judge, handle, locale, photosSettled, syncNow };
}

export type ProtectionService = ReturnType<typeof createProtectionService>;
