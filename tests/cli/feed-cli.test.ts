import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import demoJson from '../../lib/directory/demo-directory.json';
import { repoDir } from '../../scripts/generate/shared-path';
import { demoTestKeyFile } from '../feed/helpers';
import { runCli } from './run-cli';

const demoPayload = path.join(repoDir, 'lib/directory/demo-directory.json');

// Each run spawns the command line (about a second each), so these tests get more time than the default.
const spawnTimeout = 120_000;

describe('directory keygen → sign → verify', () => {
  it('round-trips a payload, and refuses a tampered feed, the wrong key and a rollback with exit 2 and one line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cgd-feed-cli-'));
    const keygen = runCli(['directory', 'keygen', '--out', path.join(dir, 'qt')]);
    expect(keygen.stderr).toBe('');
    expect(keygen.status).toBe(0);
    expect(keygen.lines[0]).toMatchObject({ keyId: expect.stringMatching(/^ed25519-[0-9a-f]{16}$/), publicKey: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/) });
    expect((await stat(path.join(dir, 'qt.private.jwk'))).mode & 0o077).toBe(0);
    expect(runCli(['directory', 'keygen', '--out', path.join(dir, 'qt')]).stderr).toMatch(/already exists/);

    const sign = runCli(['directory', 'sign', demoPayload, '--key', path.join(dir, 'qt.private.jwk'), '--out', path.join(dir, 'out')]);
    expect(sign.stderr).toBe('');
    expect(sign.lines[0]).toMatchObject({ publisherId: 'demo-qt', version: 1, keyId: keygen.lines[0]!.keyId });
    const feed = path.join(dir, 'out', 'demo-qt-v1.feed.json');
    const manifest = path.join(dir, 'out', 'demo-qt.manifest.json');

    const verify = runCli(['directory', 'verify', feed, '--pubkey', path.join(dir, 'qt.public.jwk'), '--manifest', manifest]);
    expect(verify.stderr).toBe('');
    expect(verify.status).toBe(0);
    expect(verify.lines).toEqual([demoJson]);

    // The same key as a bare base64 file.
    await writeFile(path.join(dir, 'qt.public.b64'), `${keygen.lines[0]!.publicKey as string}\n`);
    expect(runCli(['directory', 'verify', feed, '--pubkey', path.join(dir, 'qt.public.b64')]).status).toBe(0);

    const envelope = JSON.parse(await readFile(feed, 'utf8')) as { payload: string };
    const flipped = envelope.payload.slice(0, 100) + (envelope.payload[100] === 'A' ? 'B' : 'A') + envelope.payload.slice(101);
    await writeFile(path.join(dir, 'tampered.json'), JSON.stringify({ ...envelope, payload: flipped }));
    const refusals: [string[], RegExp][] = [
      [['directory', 'verify', path.join(dir, 'tampered.json'), '--pubkey', path.join(dir, 'qt.public.jwk')], /refused: bad-signature/],
      [['directory', 'verify', feed], /refused: unknown-key/],
      [['directory', 'verify', feed, '--pubkey', path.join(dir, 'qt.public.jwk'), '--stored-version', '1'], /refused: rollback/],
    ];
    for (const [args, reason] of refusals) {
      const run = runCli(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(reason);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, spawnTimeout);

  it('--directory and directory validate take a feed signed with a trusted key, and refuse one that is not', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cgd-feed-cli-'));
    expect(runCli(['directory', 'sign', demoPayload, '--key', demoTestKeyFile, '--out', dir]).status).toBe(0);
    const feed = path.join(dir, 'demo-qt-v1.feed.json');
    const validate = runCli(['directory', 'validate', feed]);
    expect(validate.status).toBe(0);
    expect(validate.lines[0]).toMatchObject({ valid: true, signed: { publisherId: 'demo-qt', keyId: 'demo-qt-test-1' }, leaders: demoJson.leaders.length });
    const check = runCli(['check-name', 'Lê Quang Minh', '--directory', feed]);
    expect(check.status).toBe(0);
    expect(check.lines[0]).toMatchObject({ leaderId: 'qt-stc-gd' });

    const envelope = JSON.parse(await readFile(feed, 'utf8')) as Record<string, string>;
    await writeFile(path.join(dir, 'forged.json'), JSON.stringify({ ...envelope, signature: 'A'.repeat(86) + '==' }));
    const forged = runCli(['check-name', 'Lê Quang Minh', '--directory', path.join(dir, 'forged.json')]);
    expect(forged.status).toBe(2);
    expect(forged.stderr).toMatch(/feed refused: bad-signature/);
    const invalid = runCli(['directory', 'validate', path.join(dir, 'forged.json')]);
    expect(invalid.status).toBe(2);
    expect(invalid.lines[0]).toMatchObject({ valid: false, refused: 'bad-signature' });
  }, spawnTimeout);
});

describe('directory import-csv and diff', () => {
  it('keeps the good rows, names the bad ones by row and column, exits 2; diff shows what changed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cgd-feed-cli-'));
    const csv = path.join(dir, 'leaders.csv');
    await writeFile(
      csv,
      [
        'id,name,title,organization,facebook_id,zalo_phone,phones',
        'qt-stc-gd,Lê Quang Minh,Giám đốc,Sở Tài chính tỉnh Quảng Trị,100012345678901,0912345678,0233 3812 345',
        'qt-x,,Phó Giám đốc,Sở X,,,',
        'qt-new,Hoàng Văn Mới,Giám đốc,Sở Mới,100000000000777,,0233',
        'qt-new2,Đặng Thị Hai,Giám đốc,Sở Hai,,,',
      ].join('\n'),
    );
    const out = path.join(dir, 'payload.json');
    const run = runCli(['directory', 'import-csv', csv, '--base', demoPayload, '--out', out, '--issued-at', '2026-11-20T00:00:00Z']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/row 3 name: .*; row 4 phones: /);
    expect(run.lines[0]).toMatchObject({ publisher: 'demo-qt', version: 2, rows: 4, leaders: 2 });
    expect((run.lines[0]!.errors as unknown[]).length).toBe(2);

    const printed = runCli(['directory', 'import-csv', path.join(repoDir, 'docs/directory-template.csv'), '--publisher-id', 'qt-pa05', '--publisher-name', 'Công an tỉnh Quảng Trị', '--version', '3']);
    expect(printed.status).toBe(0);
    expect(printed.lines[0]).toMatchObject({ schema: 1, publisher: { id: 'qt-pa05' }, version: 3 });

    const diff = runCli(['directory', 'diff', demoPayload, out]);
    expect(diff.status).toBe(0);
    const result = diff.lines[0] as { leaders: { added: string[]; removed: string[]; changed: { id: string; fields: string[] }[] }; flagged: { added: unknown[] } };
    expect(result.leaders.added).toEqual(['qt-new2']);
    expect(result.leaders.removed).toHaveLength(demoJson.leaders.length - 1);
    expect(result.leaders.changed).toEqual([{ id: 'qt-stc-gd', fields: ['aliases', 'photos', 'accounts'] }]);
    expect(result.flagged.added).toEqual([]);
  }, spawnTimeout);
});
