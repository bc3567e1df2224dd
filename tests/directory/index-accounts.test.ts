import { describe, expect, it } from 'vitest';
import { demoDirectory } from '../../lib/directory/demo';
import { createAccountIndex } from '../../lib/directory/index-accounts';
import { phoneKey } from '../../lib/directory/phones';
import { parseDirectory } from '../../lib/directory/parse';
import { flaggedMentions } from '../../lib/verdict/flagged-mentions';

describe('phones compare by digits', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0084-912-345-678', '0912345678'],
    ['0233 3812 345', '02333812345'],
    ['(+84) 233.3812.345', '02333812345'],
    // The national 0 kept after the country code, as people write it: "+84 (0) …".
    ['+84 (0) 987 654 321', '0987654321'],
    ['+84 (0)233 3812 345', '02333812345'],
    ['0084 (0) 912 345 678', '0912345678'],
    // A bare 12-digit run starting 840 is as likely a bank account: it is not read as "+84 (0) …".
    ['840987654321', '00987654321'],
  ])('%s -> %s', (input, key) => expect(phoneKey(input)).toBe(key));

  it('a bank account that looks like 84 + 0 + a reported phone does not match the phone', () => {
    const reasons = flaggedMentions(['Chuyển vào STK 840987654321 Vietcombank nhé'], createAccountIndex([demoDirectory]));
    expect(reasons.filter((r) => r.code === 'flagged-phone')).toEqual([]);
  });
});

describe('account index', () => {
  const index = createAccountIndex([demoDirectory]);

  it('finds the owner of a verified account by id, username (any case) or Zalo phone', () => {
    expect(index.verifiedOwner({ platform: 'facebook', id: '100012345678901' })?.leader.id).toBe('qt-stc-gd');
    expect(index.verifiedOwner({ platform: 'facebook', username: 'LeQuangMinh.QT' })?.leader.id).toBe('qt-stc-gd');
    expect(index.verifiedOwner({ platform: 'zalo', phone: '+84 912 345 678' })?.leader.id).toBe('qt-stc-gd');
    expect(index.verifiedOwner({ platform: 'zalo', phone: '0914222333' })?.leader.id).toBe('qt-sgddt-pgd');
  });

  it('does not confuse platforms or accept unlisted accounts', () => {
    expect(index.verifiedOwner({ platform: 'zalo', id: '100012345678901' })).toBeUndefined();
    expect(index.verifiedOwner({ platform: 'facebook', id: '100012345678902' })).toBeUndefined();
    expect(index.verifiedOwner({ platform: 'facebook' })).toBeUndefined();
  });

  it('finds reported bank accounts, phones and senders', () => {
    expect(index.flaggedBankAccount('1234 5678 90')?.holder).toBe('NGUYEN VAN B');
    expect(index.flaggedPhone('+84987654321')?.kind).toBe('phone');
    expect(index.flaggedSender({ platform: 'facebook', id: '100099999999999' })?.kind).toBe('facebook');
    expect(index.flaggedSender({ platform: 'zalo', phone: '0899 999 999' })?.kind).toBe('zalo');
    expect(index.flaggedBankAccount('1234567891')).toBeUndefined();
  });

  it('merges several publishers', () => {
    const other = parseDirectory({
      schema: 1,
      publisher: { id: 'qb-pa05', name: 'Quảng Bình' },
      version: 3,
      issuedAt: '2026-10-01T00:00:00Z',
      leaders: [{ id: 'qb-x', name: 'Hoàng Văn Nam', accounts: [{ platform: 'facebook', id: '100000000000042' }] }],
      flagged: [{ kind: 'phone', value: '0911000111' }],
    });
    const merged = createAccountIndex([demoDirectory, other]);
    expect(merged.verifiedOwner({ platform: 'facebook', id: '100000000000042' })).toMatchObject({ publisherId: 'qb-pa05' });
    expect(merged.verifiedOwner({ platform: 'facebook', id: '100012345678901' })).toMatchObject({ publisherId: 'demo-qt' });
    expect(merged.flaggedPhone('0911000111')).toBeDefined();
    expect(merged.leaders()).toHaveLength(demoDirectory.leaders.length + 1);
  });

  it('names the publishers that reported a value: one, or every one that lists it', () => {
    const other = parseDirectory({
      schema: 1,
      publisher: { id: 'qb-pa05', name: 'Quảng Bình' },
      version: 3,
      issuedAt: '2026-10-01T00:00:00Z',
      leaders: [],
      flagged: [
        { kind: 'phone', value: '0911000111' },
        { kind: 'bank-account', value: '1234-5678-90', note: 'QB' },
      ],
    });
    const merged = createAccountIndex([demoDirectory, other]);
    expect(merged.flaggedPhone('0911 000 111')?.reportedBy).toEqual(['qb-pa05']);
    expect(merged.flaggedPhone('0987654321')?.reportedBy).toEqual(['demo-qt']);
    // Both list 1234567890: the first directory's entry is shown, and both offices are told.
    expect(merged.flaggedBankAccount('1234567890')).toMatchObject({ holder: 'NGUYEN VAN B', reportedBy: ['demo-qt', 'qb-pa05'] });
    expect(merged.flaggedSender({ platform: 'facebook', id: '100099999999999' })?.reportedBy).toEqual(['demo-qt']);
  });
});
