import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProtocolReading } from '../../lib/protocol/messages';
import { createProtectionService, type CheckAnswer, type PageAnswer } from '../../lib/protection/service';
import { ProtectionDb } from '../../lib/store/db';
import { applyDirectory, seedIfEmpty } from '../../lib/store/directories';
import { demoDirectory } from '../../lib/directory/demo';
import { parseDirectory } from '../../lib/directory/parse';
import { pageEvidence, reportHtml, reportSchema, reportText } from '../../lib/report';
import { checkReport, pageReport } from '../../components/report/word-report';

/**
 * A report made the way the extension makes it: the background judges a real reading against the demo directory
 * (IndexedDB through fake-indexeddb), keeps the evidence, and the report page words it.
 */
let db: ProtectionDb;
beforeEach(() => {
  db = new ProtectionDb(`report-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

const now = new Date('2026-11-29T06:05:00Z');
const lookalikeThread: ProtocolReading = {
  site: 'facebook',
  kind: 'thread',
  layout: 'ok',
  layers: ['log'],
  subject: { platform: 'facebook', name: 'GĐ Lê Quаng Minh', id: '100077788899900' },
  messages: [
    { id: 'm1', direction: 'incoming', text: 'Chào em, hôm nay em có ở cơ quan không?', time: '10:40' },
    { id: 'm2', direction: 'incoming', text: 'Em chuyển gấp cho anh 15 triệu vào tài khoản 0071001234567 Vietcombank nhé', time: '10:42', sender: 'GĐ Lê Quаng Minh' },
    { id: 'm3', direction: 'incoming', text: 'Hoặc chuyển vào 1234567890 cũng được', time: '10:43' },
  ],
};

async function judge(reading: ProtocolReading): Promise<PageAnswer> {
  const service = createProtectionService(db);
  return (await service.handle({ type: 'judge-page', url: 'https://www.facebook.com/messages/t/100077788899900', reading })) as PageAnswer;
}

describe('a report of a page warning', () => {
  it('holds the suspect, the leader, the triggering messages with their times, the verdict and its reasons, addressed to the publisher first', async () => {
    const answer = await judge(lookalikeThread);
    expect(answer.verdict.level).toBe('danger');
    const evidence = pageEvidence(lookalikeThread, answer, new Date('2026-11-29T06:00:00Z'));
    const report = pageReport(
      { url: 'https://www.facebook.com/messages/t/100077788899900', site: 'facebook', kind: 'thread', answer, evidence },
      { locale: 'vi', now, publishers: answer.reportTo },
    );
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.suspect).toEqual({ name: 'GĐ Lê Quаng Minh', platform: 'facebook', id: '100077788899900', profileUrl: 'https://www.facebook.com/profile.php?id=100077788899900' });
    expect(report.leader?.name).toBe('Lê Quang Minh');
    expect(report.leader?.verifiedAccounts).toContain('https://www.facebook.com/lequangminh.qt');
    expect(report.finding.word).toBe('NGUY HIỂM');
    expect(report.finding.reasons.map((r) => r.code)).toContain('asks-for-money');
    // The greeting triggered nothing; the request and the reported account (1234567890 is flagged in the demo) did.
    expect(report.messages.map((m) => m.time)).toEqual(['10:42', '10:43']);
    expect(report.messages[0]!.marked.length).toBeGreaterThan(0);
    expect(report.amounts).toContain(15_000_000);
    // The demo publisher's contacts first, then the national lines.
    expect(report.sendTo[0]).toMatchObject({ via: 'publisher', phone: '0233 3800 000' });
    expect(report.sendTo.at(-2)).toMatchObject({ via: 'national', phone: '113' });
    expect(report.page).toEqual({ url: 'https://www.facebook.com/messages/t/100077788899900', site: 'facebook', kind: 'thread', seenAt: '2026-11-29T06:00:00.000Z' });

    const text = reportText(report);
    expect(text).toContain('BÁO CÁO NGHI VẤN GIẢ DANH LÃNH ĐẠO');
    expect(text).toContain('Lập lúc 29/11/2026 13:05 (GMT+7)');
    expect(text).toContain('[GĐ Lê Quаng Minh, lúc 10:42]');
    expect(text).toMatch(/> .*\[\[.+\]\]/); // the money request, marked
    expect(text.indexOf('GỬI TỚI')).toBeLessThan(text.indexOf('NHẬN ĐỊNH')); // whom to send it to comes first
  });

  it('in a group chat, the suspect is the member who wrote, not the group', async () => {
    const group: ProtocolReading = {
      ...lookalikeThread,
      site: 'zalo',
      subject: { platform: 'zalo', name: 'Phòng Kế hoạch', isGroup: true },
      messages: lookalikeThread.messages.map((m) => ({ ...m, sender: 'GĐ Lê Quаng Minh' })),
    };
    const answer = await judge(group);
    const evidence = pageEvidence(group, answer, now);
    expect(evidence.suspect).toEqual({ name: 'GĐ Lê Quаng Minh', platform: 'zalo' });
  });

  it('in English, every sentence is English', async () => {
    const answer = await judge(lookalikeThread);
    const report = pageReport(
      { url: 'https://www.facebook.com/messages/t/1', site: 'facebook', kind: 'thread', answer, evidence: pageEvidence(lookalikeThread, answer, now) },
      { locale: 'en', now, publishers: answer.reportTo },
    );
    const text = reportText(report);
    expect(text).toContain('REPORT OF A SUSPECTED IMPERSONATION OF A LEADER');
    expect(text).toContain('SUSPICIOUS MESSAGES:');
    expect(text).toContain('Police 113');
    expect(report.finding.word).toBe('DANGER');
  });
});

describe('a report of a check', () => {
  it('of a message: the message with its marked parts, and the reported account among the reasons', async () => {
    const service = createProtectionService(db);
    const text = 'Chuyển giúp anh 20 triệu vào 1234567890 BIDV nhé';
    const answer = (await service.handle({ type: 'check-input', text })) as CheckAnswer;
    expect(answer.outcome).toBe('reported');
    const report = checkReport(answer, text, { locale: 'vi', now, publishers: answer.reportTo });
    expect(report.source).toBe('check');
    expect(report.messages).toHaveLength(1);
    expect(report.messages[0]!.marked.length).toBeGreaterThan(0);
    expect(report.finding.reasons.map((r) => r.code)).toContain('flagged-bank-account');
    expect(report.accounts).toEqual(['1234567890']); // the reported account the message names
    // No leader concerned: the contacts of the publisher that reported the account (the demo's), then the national lines.
    expect(report.sendTo[0]?.via).toBe('publisher');
    expect(reportHtml(report)).toContain('<mark>');
  });

  it('goes to the office that reported the number, not to every office subscribed to', async () => {
    await seedIfEmpty(db, demoDirectory);
    const quangBinh = parseDirectory({
      schema: 1,
      publisher: { id: 'qb-pa05', name: 'Công an tỉnh Quảng Bình', contacts: [{ label: 'PA05', phone: '069 2222 333' }] },
      version: 1,
      issuedAt: '2026-10-01T00:00:00Z',
      leaders: [],
      flagged: [{ kind: 'phone', value: '0911000111', note: 'Số gọi giả danh' }],
    });
    await applyDirectory(db, quangBinh, 'feed');
    const service = createProtectionService(db);
    const reported = (await service.handle({ type: 'check-input', text: '0911 000 111' })) as CheckAnswer;
    expect(reported.outcome).toBe('reported');
    expect(reported.reportTo).toEqual([{ publisher: 'Công an tỉnh Quảng Bình', contacts: [{ label: 'PA05', phone: '069 2222 333' }] }]);
    // A money request naming no leader and no reported number: every office subscribed to.
    const asks = (await service.handle({ type: 'check-input', text: 'Chuyển giúp anh 20 triệu vào 0451999888777 nhé' })) as CheckAnswer;
    expect(asks.outcome).toBe('money-request');
    expect(asks.reportTo.map((p) => p.publisher).sort()).toEqual(['Công an tỉnh Quảng Bình', demoDirectory.publisher.name].sort());
  });

  it('of a contact card (a leader’s name with a new number): the name and the number as the suspect, and why', async () => {
    const service = createProtectionService(db);
    const text = 'GĐ Lê Quang Minh - 0911 111 111';
    const answer = (await service.handle({ type: 'check-input', text })) as CheckAnswer;
    const report = checkReport(answer, text, { locale: 'vi', now, publishers: answer.reportTo });
    expect(report.suspect).toEqual({ name: 'GĐ Lê Quang Minh', phone: '0911111111' });
    expect(report.leader?.phones).toEqual(['0233 3812 345']);
    expect(report.finding.reasons[0]).toEqual({ code: 'unlisted-phone', text: 'Số 0911111111 không phải số điện thoại của Lê Quang Minh ghi trong danh bạ.' });
  });

  it('when the office that reported the number lists no contacts, goes to the offices that do', async () => {
    await seedIfEmpty(db, demoDirectory);
    const silent = parseDirectory({
      schema: 1,
      publisher: { id: 'qb-pa05', name: 'Công an tỉnh Quảng Bình' },
      version: 1,
      issuedAt: '2026-10-01T00:00:00Z',
      leaders: [],
      flagged: [{ kind: 'phone', value: '0911000111' }],
    });
    await applyDirectory(db, silent, 'feed');
    const answer = (await createProtectionService(db).handle({ type: 'check-input', text: '0911 000 111' })) as CheckAnswer;
    expect(answer.outcome).toBe('reported');
    expect(answer.reportTo.map((p) => p.publisher)).toEqual([demoDirectory.publisher.name]);
  });

  it('of a profile link: the link as the suspect account', async () => {
    const service = createProtectionService(db);
    const text = 'https://www.facebook.com/profile.php?id=100099988877766';
    const answer = (await service.handle({ type: 'check-input', text })) as CheckAnswer;
    const report = checkReport(answer, text, { locale: 'vi', now, publishers: answer.reportTo });
    expect(report.suspect).toMatchObject({ platform: 'facebook', id: '100099988877766' });
    expect(report.checked).toBe(text);
  });
});
