import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirectoryError } from '../../lib/directory/parse';
import { importLeadersCsv } from '../../lib/feed';
import { repoDir } from '../../scripts/generate/shared-path';

const options = { publisher: { id: 'qt-pa05', name: 'Công an tỉnh Quảng Trị', contacts: [] }, version: 4, issuedAt: '2026-11-20T00:00:00Z' };
const header = 'id,name,aliases,title,organization,facebook_id,facebook_username,zalo_phone,zalo_id,phones,photo_pdq';

describe('import-csv: leaders from a spreadsheet', () => {
  it('reads the template into a valid payload', async () => {
    const text = await readFile(path.join(repoDir, 'docs/directory-template.csv'), 'utf8');
    const { directory, payload, errors } = importLeadersCsv(text, options);
    expect(errors).toEqual([]);
    expect(directory.leaders.map((l) => l.id)).toEqual(['qt-stc-gd', 'qt-syt-gd']);
    expect(directory.leaders[1]).toMatchObject({
      aliases: ['Hùng Nguyễn', 'Nguyễn Hùng'],
      accounts: [{ platform: 'facebook', id: '100034567890123', username: 'hung.nguyenvan.syt' }],
      phones: ['0233 3852 222', '0233 3852 223'],
    });
    expect(payload.leaders[1]).not.toHaveProperty('photos');
  });

  it('keeps good rows and names each bad row by its spreadsheet row number and column', () => {
    const pdq = 'ab'.repeat(32);
    const csv = [
      `\uFEFF${header}`,
      `a1,Lê Văn A,,Giám đốc,Sở X,,,0912 345 678,,,${pdq}:90`,
      'a2,,,,,,,,,,',
      'a3,Trần B,,,,,,not-a-phone,,,',
      '',
      `a4,"Nguyễn C, con",,,,100001,,,,0233 1;0233 3812 999,${pdq}`,
      'a1,Đỗ D,,,,,,,,,',
      'a 5,Phạm E,,,,,,,,,',
      'a6,Hồ F,,,,,,,,,,extra',
      `a7,"Vũ ""G""",Vũ G;G Vũ,,,,@vug,,,,${pdq.toUpperCase()}:100`,
    ].join('\r\n');
    const { directory, errors, rows } = importLeadersCsv(csv, options);
    expect(rows).toBe(8);
    expect(directory.leaders.map((l) => l.id)).toEqual(['a1', 'a7']);
    expect(directory.leaders[1]).toMatchObject({ name: 'Vũ "G"', aliases: ['Vũ G', 'G Vũ'], accounts: [{ platform: 'facebook', username: 'vug' }], photos: [{ pdq, quality: 100 }] });
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'name'],
      [4, 'zalo_phone'],
      [6, 'photo_pdq'],
      [7, 'id'],
      [8, 'id'],
      [9, '(row)'],
    ]);
    expect(errors[3]!.message).toMatch(/already used in row 2/);
  });

  it('a phone error inside a row points at the phones column', () => {
    const { errors } = importLeadersCsv(`${header}\nb1,Lê B,,,,,,,,0233 1;0233 3812 999,`, options);
    expect(errors).toEqual([{ row: 2, column: 'phones', message: expect.stringMatching(/phone|digits/) }]);
  });

  it('reads semicolon-separated files as Excel writes them in Vietnamese locales', () => {
    const { directory, errors } = importLeadersCsv('id;name;aliases\nc1;Lê C;"C Lê;Lê Cê"\n', options);
    expect(errors).toEqual([]);
    expect(directory.leaders[0]).toMatchObject({ id: 'c1', aliases: ['C Lê', 'Lê Cê'] });
  });

  it('refuses a file whose columns are unknown or missing', () => {
    expect(() => importLeadersCsv('id,name,facebok_id\n', options)).toThrow(/unknown column "facebok_id"/);
    expect(() => importLeadersCsv('id,title\n', options)).toThrow(/missing column name/);
    expect(() => importLeadersCsv('', options)).toThrow(DirectoryError);
  });
});
