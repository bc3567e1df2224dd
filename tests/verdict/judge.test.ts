import { describe, expect, it } from 'vitest';
import { demoDirectory } from '../../lib/directory/demo';
import { createDetectionEngine } from '../../lib/verdict/engine';
import { judgeConversation } from '../../lib/verdict/judge';
import { judgePage } from '../../lib/verdict/page-verdict';
import type { PageReading } from '../../lib/sites/types';

const engine = createDetectionEngine([demoDirectory]);
const ask = 'Em ơi chuyển giúp anh 10 triệu vào stk 0071001234567 Vietcombank, anh đang họp';
const judge = (sender: Parameters<typeof judgeConversation>[1]['sender'], messages: string[] = [], photo?: { leaderId: string; distance: number }) =>
  judgeConversation(engine, { sender, messages, photo });

describe('the level table of product.md', () => {
  it('verified: a listed account, whatever its display name', () => {
    const v = judge({ name: 'Minh Lê (cá nhân)', platform: 'facebook', id: '100012345678901' }, ['Chiều họp nhé']);
    expect(v.level).toBe('verified');
    expect(v.leader?.id).toBe('qt-stc-gd');
    expect(v.reasons[0]).toEqual({ code: 'verified-account', platform: 'facebook' });
  });

  it('hijack-risk: the verified account asks for money', () => {
    expect(judge({ name: 'Lê Quang Minh', platform: 'zalo', phone: '+84912345678' }, [ask]).level).toBe('hijack-risk');
  });

  it('namesake: the same name, another account, nothing asked; danger once it asks', () => {
    const quiet = judge({ name: 'Nguyễn Văn Hùng', platform: 'facebook', id: '100043214321432' }, ['Chào anh']);
    expect(quiet).toMatchObject({ level: 'namesake', leader: { id: 'qt-syt-gd' } });
    expect(quiet.reasons).toContainEqual({ code: 'same-name' });
    expect(judge({ name: 'Nguyễn Văn Hùng', platform: 'facebook', id: '100043214321432' }, [ask]).level).toBe('danger');
  });

  it('lookalike: a disguised name or a claimed title on an unlisted account; danger once it asks', () => {
    const cyrillic = judge({ name: 'Lê Quаng Minh', platform: 'facebook', id: '100077788899900' });
    expect(cyrillic).toMatchObject({ level: 'lookalike', leader: { id: 'qt-stc-gd' } });
    expect(cyrillic.reasons.some((r) => r.code === 'disguised-name' && r.found === 'а')).toBe(true);
    const titled = judge({ name: 'GĐ Lê Quang Minh', platform: 'facebook', id: '100077788899900' });
    expect(titled.level).toBe('lookalike');
    expect(titled.reasons).toContainEqual({ code: 'claims-title', claimed: 'GĐ' });
    const danger = judge({ name: 'Lê Quаng Minh', platform: 'facebook', id: '100077788899900' }, ['Em ơi', ask]);
    expect(danger.level).toBe('danger');
    expect(danger.amounts).toEqual([10_000_000]);
    expect(danger.accounts).toEqual(['0071001234567']);
    expect(danger.highlights.every((h) => h.messageIndex === 1)).toBe(true);
  });

  it('lookalike: a namesake who presents themself in the leader\'s office, or a deliberately misspelt name', () => {
    const claims = judge({ name: 'Lê Quang Minh', platform: 'facebook', id: '100082187854856' }, ['Anh Minh, Giam doc So Tai chinh day em']);
    expect(claims.level).toBe('lookalike');
    expect(claims.reasons).toContainEqual(expect.objectContaining({ code: 'claims-organization' }));
    // Naming the office without claiming it is not a claim.
    expect(judge({ name: 'Lê Quang Minh', platform: 'facebook', id: '100082187854856' }, ['Em nộp hồ sơ ở Sở Tài chính chưa?']).level).toBe('namesake');
    const misspelt = judge({ name: 'Lê Quang Mihn', platform: 'facebook', id: '100082267045173' });
    expect(misspelt.level).toBe('lookalike');
    // Differences travel as codes the UI translates, not as the matcher's own English sentences.
    expect(misspelt.reasons).toContainEqual({ code: 'similar-name', differences: ['typo'] });
    // The other tone placement and unaccented typing are the same name: a namesake.
    expect(judge({ name: 'Phạm Thị Thanh Hoà', platform: 'zalo' }).level).toBe('namesake');
    expect(judge({ name: 'Le Quang Minh', platform: 'facebook', id: '100082267045173' }).level).toBe('namesake');
  });

  it('lookalike by photo alone: the leader\'s photo on an unlisted account under another name', () => {
    const v = judge({ name: 'Trần Văn Tư', platform: 'facebook', id: '100000000000009' }, [], { leaderId: 'qt-sxd-gd', distance: 6 });
    expect(v).toMatchObject({ level: 'lookalike', leader: { id: 'qt-sxd-gd' } });
    expect(v.reasons).toContainEqual({ code: 'same-photo', distance: 6 });
  });

  it('danger: any message with a reported bank account or phone, whoever sends it', () => {
    const stranger = judge({ name: 'Cô Ba bán hàng', platform: 'zalo' }, ['Chuyển vào 1234 5678 90 giúp cô']);
    expect(stranger).toMatchObject({ level: 'danger', leader: null });
    expect(stranger.reasons).toContainEqual(expect.objectContaining({ code: 'flagged-bank-account', value: '1234567890' }));
    expect(judge({ name: 'Khách', platform: 'zalo' }, ['gọi số +84 987 654 321 nhé']).level).toBe('danger');
    // Reported numbers outrank even the verified account's own hijack-risk.
    expect(judge({ platform: 'facebook', id: '100012345678901' }, ['stk 1234567890']).level).toBe('danger');
    // A reported sender account is danger by itself.
    expect(judge({ name: 'Ai đó', platform: 'facebook', id: '100099999999999' }).level).toBe('danger');
  });

  it('none: ordinary people, and names that differ from a leader by a mark', () => {
    expect(judge({ name: 'Hoàng Thị Lan', platform: 'facebook', id: '1' }, ['Cho chị mượn 2 triệu nhé']).level).toBe('none');
    expect(judge({ name: 'Trần Thị Thủy', platform: 'zalo' }, ['Chào em']).level).toBe('none');
    const hung = judge({ name: 'Nguyễn Văn Hưng', platform: 'facebook', id: '2' });
    expect(hung.leader?.id).not.toBe('qt-syt-gd');
  });
});

describe('judging a page', () => {
  const reading = (over: Partial<PageReading>): PageReading => ({ site: 'zalo', kind: 'thread', layout: 'ok', layers: [], messages: [], ...over });

  it('judges each sender of a group chat on their own and reports the loudest', () => {
    const page = judgePage(
      engine,
      reading({
        subject: { name: 'Phòng Kế hoạch', platform: 'zalo', isGroup: true },
        messages: [
          { id: '1', direction: 'incoming', sender: 'Hoàng Thị Lan', text: 'Mai họp 8h nhé' },
          { id: '2', direction: 'incoming', sender: 'GĐ Lê Quаng Minh', text: ask },
          { id: '3', direction: 'outgoing', text: 'Dạ' },
        ],
      }),
    );
    expect(page.perSender).toHaveLength(2);
    expect(page.verdict.level).toBe('danger');
    expect(page.sender?.identity.name).toBe('GĐ Lê Quаng Minh');
    expect(page.sender?.messageIds).toEqual(['2']);
  });

  it('never takes the user\'s own messages as evidence against the partner', () => {
    const page = judgePage(
      engine,
      reading({
        subject: { name: 'Nguyễn Văn Hùng', platform: 'zalo', id: '777' },
        messages: [{ id: '1', direction: 'outgoing', text: ask }],
      }),
    );
    expect(page.verdict.level).toBe('namesake');
  });
});
