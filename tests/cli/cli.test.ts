import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import demoJson from '../../lib/directory/demo-directory.json';
import { sharedDir } from '../../scripts/generate/shared-path';
import { casesDir, runCli } from './run-cli';

describe('command line (product.md contract)', () => {
  it('eval writes one result per case line, in order, and an error line for a bad case without stopping', () => {
    const run = runCli(['eval', path.join(casesDir, 'mixed.jsonl')]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const byId = (id: string) => run.lines.find((l) => l.id === id);
    expect(run.lines.map((l) => l.id)).toEqual(['n1', 'n2', 'm1', 'm2', null, 'x1', 'c1', 'c2', 'p1', 'p2', 'p3', 'p4', 'p5']);
    expect(byId('n1')).toMatchObject({ leaderId: 'qt-stc-gd' });
    expect(byId('n1')!.score).toBeGreaterThan(0.9);
    expect(byId('n2')).toMatchObject({ leaderId: null });
    expect(byId('m1')).toEqual({ id: 'm1', moneyRequest: true, amounts: [5_000_000], accounts: ['0071001234567'] });
    expect(byId('m2')).toMatchObject({ moneyRequest: false });
    expect(run.lines[4]).toMatchObject({ id: null, error: expect.stringMatching(/^not JSON/) });
    expect(byId('x1')).toMatchObject({ error: expect.stringMatching(/bad case/) });
    expect(byId('c1')).toEqual({ id: 'c1', level: 'danger', leaderId: 'qt-stc-gd' });
    expect(byId('c2')).toEqual({ id: 'c2', level: 'verified', leaderId: 'qt-stc-gd' });
    expect(byId('p1')).toMatchObject({ site: 'facebook', layout: 'ok', level: 'danger', leaderId: 'qt-stc-gd' });
    expect(byId('p2')).toMatchObject({ site: 'zalo', layout: 'ok', level: 'danger' });
    expect(byId('p3')).toMatchObject({ site: 'facebook', layout: 'unknown', level: 'none' });
    expect(byId('p4')).toMatchObject({ error: expect.stringMatching(/no such file/) });
    expect(byId('p5')).toMatchObject({ site: null, layout: 'unknown', level: 'none' });
  });

  it('photo evidence: a leader\'s photo on an unlisted account under another name is a lookalike', async () => {
    const csv = await readFile(path.join(sharedDir, 'data/pdq/pdq-expected-cpp-core.csv'), 'utf8');
    const row = csv.split('\n').find((l) => l.startsWith('images/bridge-mods/aaa-orig.jpg'))!.split(',');
    const directory = structuredClone(demoJson) as { leaders: { photos?: unknown[] }[] };
    directory.leaders[0]!.photos = [{ pdq: row[4], quality: Number(row[3]) }];
    const dir = await mkdtemp(path.join(tmpdir(), 'cgd-cli-'));
    await writeFile(path.join(dir, 'directory.json'), JSON.stringify(directory));
    const avatar = path.join(sharedDir, 'data/pdq/images/bridge-mods/blur-a-little.jpg');
    const other = path.join(sharedDir, 'data/pdq/images/labelme-subset/q0746.jpg');
    const cases = [
      { id: 'a1', kind: 'conversation', sender: { name: 'Nguyễn Thị Hoa', platform: 'facebook', id: '100000000000001' }, messages: ['Chào em'], avatar },
      { id: 'a2', kind: 'conversation', sender: { name: 'Nguyễn Thị Hoa', platform: 'facebook', id: '100000000000001' }, messages: ['Chào em'], avatar: other },
      { id: 'a3', kind: 'conversation', sender: { name: 'Nguyễn Thị Hoa', platform: 'facebook', id: '100000000000001' }, messages: ['Chào em'], avatar: 'missing.jpg' },
    ];
    await writeFile(path.join(dir, 'cases.jsonl'), cases.map((c) => JSON.stringify(c)).join('\n'));
    const run = runCli(['eval', '--directory', path.join(dir, 'directory.json'), path.join(dir, 'cases.jsonl')]);
    expect(run.status).toBe(0);
    expect(run.lines[0]).toEqual({ id: 'a1', level: 'lookalike', leaderId: 'qt-stc-gd' });
    expect(run.lines[1]).toEqual({ id: 'a2', level: 'none', leaderId: null });
    expect(run.lines[2]).toMatchObject({ id: 'a3', error: expect.stringMatching(/missing\.jpg/) });
  });

  it('bad input: exit 2 with one line on stderr', () => {
    for (const args of [
      ['no-such-command'],
      ['eval'],
      ['eval', 'does-not-exist.jsonl'],
      ['check-name'],
      ['check-name', 'x', '--bogus'],
      ['eval', '--directory', 'nope.json', path.join(casesDir, 'mixed.jsonl')],
    ]) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('check-name explains who a name imitates', () => {
    const run = runCli(['check-name', 'GĐ Lê Quаng Minh']); // Cyrillic а
    expect(run.status).toBe(0);
    const out = run.lines[0]!;
    expect(out.leaderId).toBe('qt-stc-gd');
    expect(JSON.stringify(out.matches)).toMatch(/other-script|mixed-script/);
  });

  it('check-message reads standard input with -, and check-conversation gives the full verdict', () => {
    const message = runCli(['check-message', '-'], 'cho chị mượn 20 củ, stk 1234567890 vcb');
    expect(message.status).toBe(0);
    expect(message.lines[0]).toMatchObject({ moneyRequest: true, amounts: [20_000_000] });
    const conversation = runCli(['check-conversation', '-'], JSON.stringify({ sender: { name: 'Khách', platform: 'zalo' }, messages: ['stk 1234567890 nhé'] }));
    expect(conversation.status).toBe(0);
    expect(conversation.lines[0]).toMatchObject({ level: 'danger', reasons: expect.arrayContaining([expect.objectContaining({ code: 'flagged-bank-account' })]) });
    const broken = runCli(['check-conversation', '-'], '{"sender":{}}');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/bad conversation: sender/);
  });

  it('directory validate: a summary, or the bad fields\' paths and exit 2', async () => {
    const good = runCli(['directory', 'validate', path.join(casesDir, '../../../lib/directory/demo-directory.json')]);
    expect(good.status).toBe(0);
    expect(good.lines[0]).toMatchObject({ valid: true, publisher: 'demo-qt', leaders: 12 });
    const bad = structuredClone(demoJson) as Record<string, any>;
    bad.leaders[2].accounts[0].platform = 'myspace';
    bad.version = -1;
    const dir = await mkdtemp(path.join(tmpdir(), 'cgd-cli-'));
    await writeFile(path.join(dir, 'bad.json'), JSON.stringify(bad));
    const run = runCli(['directory', 'validate', path.join(dir, 'bad.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    const paths = (run.lines[0]!.problems as { path: string }[]).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['version', 'leaders.2.accounts.0.platform']));
  });
});
