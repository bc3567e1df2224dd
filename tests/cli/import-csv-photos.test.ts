import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hammingDistance } from '../../lib/photos/pdq';
import { sharedDir } from '../../scripts/generate/shared-path';
import { runCli } from './run-cli';

describe('directory import-csv with photo files', () => {
  it('hashes the photos a row names, and reports a file that will not decode or is too plain, on its row', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cgd-csv-'));
    await writeFile(path.join(dir, 'broken.jpg'), 'not a picture');
    const bridge = path.join(sharedDir, 'data/pdq/images/bridge-mods/aaa-orig.jpg');
    const plain = path.join(sharedDir, 'data/pdq/images/misc/small.jpg');
    const csv = [
      'id,name,title,organization,photo_files',
      `qt-a,Lê Quang Minh,Giám đốc,Sở Tài chính,${bridge}`,
      'qt-b,Nguyễn Văn Hùng,Giám đốc,Sở Y tế,broken.jpg',
      `qt-c,Trần Đình Phúc,Giám đốc,Sở Nội vụ,${plain}`,
    ].join('\n');
    await writeFile(path.join(dir, 'leaders.csv'), csv);
    const out = path.join(dir, 'payload.json');
    const run = runCli(['directory', 'import-csv', path.join(dir, 'leaders.csv'), '--publisher-id', 'qt-pa05', '--publisher-name', 'PA05', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/row 3 photo_files: "broken\.jpg"/);
    expect(run.stderr).toMatch(/row 4 photo_files: .*too plain/);
    const payload = JSON.parse(await readFile(out, 'utf8')) as { leaders: { id: string; photos?: { pdq: string; quality: number }[] }[] };
    expect(payload.leaders.map((l) => l.id)).toEqual(['qt-a']);
    const reference = (await readFile(path.join(sharedDir, 'data/pdq/pdq-expected-cpp-core.csv'), 'utf8'))
      .split('\n')
      .find((l) => l.startsWith('images/bridge-mods/aaa-orig.jpg'))!
      .split(',')[4]!;
    const photo = payload.leaders[0]!.photos![0]!;
    expect(photo.quality).toBe(100);
    expect(hammingDistance(photo.pdq, reference)).toBeLessThanOrEqual(10);
  });
});
