import { describe, expect, it } from 'vitest';
import { putFlagged, putLeader, removeFlagged, removeLeader, searchFlagged, searchLeaders } from '../../lib/admin/edits';
import { flaggedFromForm, emptyFlaggedForm } from '../../lib/admin/flagged-form';
import { emptyLeaderForm, leaderFromForm, leaderToForm } from '../../lib/admin/leader-form';
import { demoDirectory } from '../../lib/directory/demo';

const ids = demoDirectory.leaders.map((l) => l.id);
const minh = demoDirectory.leaders.find((l) => l.id === 'qt-stc-gd')!;

describe('leader form', () => {
  it('turns a filled form into a schema-1 leader (lists split on ; and new lines, @ dropped from usernames)', () => {
    const result = leaderFromForm(
      { ...emptyLeaderForm, id: 'qt-new', name: ' Trần Thị Lan ', aliases: 'Lan Trần;\nCô Lan', facebookUsername: '@lan.tran', zaloPhone: '0912 000 111', phones: '0233 111 222; 0233 111 223' },
      { takenIds: ids },
    );
    expect(result).toEqual({
      ok: true,
      leader: {
        id: 'qt-new',
        name: 'Trần Thị Lan',
        aliases: ['Lan Trần', 'Cô Lan'],
        photos: [],
        accounts: [
          { platform: 'facebook', username: 'lan.tran' },
          { platform: 'zalo', phone: '0912 000 111' },
        ],
        phones: ['0233 111 222', '0233 111 223'],
      },
    });
  });

  it('names the form fields at fault, with the kind of problem', () => {
    const result = leaderFromForm({ ...emptyLeaderForm, id: 'has space', name: '  ', zaloPhone: '09xx', phones: '0233; 12' }, { takenIds: ids });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({ id: 'id-format', name: 'required', zaloPhone: 'phone', phones: 'phone' });
    const empty = leaderFromForm(emptyLeaderForm, { takenIds: ids });
    expect(!empty.ok && empty.errors).toEqual({ id: 'required', name: 'required' });
  });

  it('refuses an id already used, except the edited leader keeping its own', () => {
    const taken = leaderFromForm({ ...emptyLeaderForm, id: 'qt-stc-gd', name: 'X' }, { takenIds: ids });
    expect(!taken.ok && taken.errors.id).toBe('id-taken');
    const same = leaderFromForm(leaderToForm(minh), { takenIds: ids, original: minh });
    expect(same).toEqual({ ok: true, leader: minh });
    const renamedOntoOther = leaderFromForm({ ...leaderToForm(minh), id: 'qt-syt-gd' }, { takenIds: ids, original: minh });
    expect(!renamedOntoOther.ok && renamedOntoOther.errors.id).toBe('id-taken');
  });

  it('keeps accounts the form has no boxes for (a second Facebook account)', () => {
    const two = { ...minh, accounts: [...minh.accounts, { platform: 'facebook' as const, id: '100099999999999' }] };
    const result = leaderFromForm({ ...leaderToForm(two), title: 'Phó Giám đốc' }, { takenIds: ids, original: two });
    expect(result.ok && result.leader.accounts).toEqual(two.accounts);
    expect(result.ok && result.leader.title).toBe('Phó Giám đốc');
  });
});

describe('flagged form', () => {
  it('validates the value and keeps bank and holder only for bank accounts', () => {
    expect(flaggedFromForm({ ...emptyFlaggedForm, value: ' ' })).toEqual({ ok: false, errors: { value: 'required' } });
    expect(flaggedFromForm({ kind: 'phone', value: '0987654321', bank: '970436', holder: 'X', note: 'báo cáo ngày 1/11' })).toEqual({
      ok: true,
      entry: { kind: 'phone', value: '0987654321', note: 'báo cáo ngày 1/11' },
    });
    expect(flaggedFromForm({ kind: 'bank-account', value: '1234567890', bank: '970436', holder: 'NGUYEN VAN B', note: '' })).toEqual({
      ok: true,
      entry: { kind: 'bank-account', value: '1234567890', bank: '970436', holder: 'NGUYEN VAN B' },
    });
  });
});

describe('edits', () => {
  it('add, replace in place and remove leaders without touching the original directory', () => {
    const lan = { id: 'qt-new', name: 'Trần Thị Lan', aliases: [], photos: [], accounts: [], phones: [] };
    const added = putLeader(demoDirectory, lan);
    expect(added.leaders.map((l) => l.id)).toEqual([...ids, 'qt-new']);
    const edited = putLeader(added, { ...minh, title: 'Phó Giám đốc' }, 'qt-stc-gd');
    expect(edited.leaders[0]!.title).toBe('Phó Giám đốc');
    expect(edited.leaders).toHaveLength(ids.length + 1);
    const renamed = putLeader(edited, { ...minh, id: 'qt-stc-gd2' }, 'qt-stc-gd');
    expect(renamed.leaders.map((l) => l.id)).toEqual(['qt-stc-gd2', ...ids.slice(1), 'qt-new']);
    expect(removeLeader(renamed, 'qt-new').leaders.map((l) => l.id)).toEqual(['qt-stc-gd2', ...ids.slice(1)]);
    expect(demoDirectory.leaders.map((l) => l.id)).toEqual(ids);
    expect(demoDirectory.leaders[0]!.title).toBe('Giám đốc');
  });

  it('add, replace and remove flagged entries by position', () => {
    const n = demoDirectory.flagged.length;
    const added = putFlagged(demoDirectory, { kind: 'phone', value: '0999 888 777' });
    expect(added.flagged).toHaveLength(n + 1);
    const replaced = putFlagged(added, { kind: 'phone', value: '0999 888 776' }, n);
    expect(replaced.flagged[n]!.value).toBe('0999 888 776');
    expect(removeFlagged(replaced, n).flagged).toEqual(demoDirectory.flagged);
  });

  it('searches leaders without diacritics, by title, organisation, account and phone digits', () => {
    const names = (q: string) => searchLeaders(demoDirectory.leaders, q).map((l) => l.id);
    expect(names('le quang minh')).toContain('qt-stc-gd');
    expect(names('Sở Tài chính')).toContain('qt-stc-gd');
    expect(names('lequangminh.qt')).toEqual(['qt-stc-gd']);
    expect(names('02333812345')).toEqual(['qt-stc-gd']);
    expect(names('zzz không có')).toEqual([]);
    expect(names('')).toHaveLength(ids.length);
  });

  it('searches flagged entries and reports their positions', () => {
    const all = searchFlagged(demoDirectory.flagged, '');
    expect(all.map((f) => f.index)).toEqual(demoDirectory.flagged.map((_, i) => i));
    const first = demoDirectory.flagged[0]!;
    expect(searchFlagged(demoDirectory.flagged, first.value).map((f) => f.index)).toContain(0);
  });
});
