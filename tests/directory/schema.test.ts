import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import demoJson from '../../lib/directory/demo-directory.json';
import { demoDirectory } from '../../lib/directory/demo';
import { DirectoryError, parseDirectory, parseDirectoryText } from '../../lib/directory/parse';
import { directoryJsonSchema, directorySchemaFile } from '../../scripts/generate/directory-schema';

const clone = (): Record<string, any> => structuredClone(demoJson) as Record<string, any>;

function problemsOf(value: unknown): { path: string; message: string }[] {
  try {
    parseDirectory(value);
  } catch (error) {
    expect(error).toBeInstanceOf(DirectoryError);
    return (error as DirectoryError).problems;
  }
  throw new Error('expected the directory to be refused');
}

describe('directory schema 1', () => {
  it('accepts the demo directory and the example of product.md', () => {
    expect(demoDirectory.leaders.length).toBeGreaterThan(10);
    expect(demoDirectory.publisher.name).toMatch(/MẪU/);
    const example = {
      schema: 1,
      publisher: { id: 'qt-pa05', name: 'PA05', contacts: [{ label: 'Trực ban', phone: '0233 3800 000' }] },
      version: 12,
      issuedAt: '2026-11-01T00:00:00Z',
      expiresAt: '2027-02-01T00:00:00Z',
      leaders: [
        {
          id: 'qt-stc-gd',
          name: 'Lê Quang Minh',
          photos: [{ pdq: 'f'.repeat(64), quality: 100 }],
          accounts: [{ platform: 'facebook', id: '100012345678901', username: 'lequangminh.qt' }, { platform: 'zalo', phone: '0912345678' }],
        },
      ],
      flagged: [{ kind: 'bank-account', value: '1234567890', bank: '970436', holder: 'NGUYEN VAN B' }, { kind: 'phone', value: '0987654321' }],
    };
    const d = parseDirectory(example);
    expect(d.leaders[0]!.aliases).toEqual([]);
    expect(d.flagged).toHaveLength(2);
  });

  it('ignores unknown fields, so newer publishers do not break older extensions', () => {
    const d = clone();
    d.futureField = { anything: true };
    d.leaders[0].nickname = 'x';
    const parsed = parseDirectory(d) as unknown as Record<string, unknown>;
    expect(parsed.futureField).toBeUndefined();
  });

  it('names the bad field by its path', () => {
    const d = clone();
    d.leaders[3].accounts[0].phone = 'call me';
    d.leaders[5].photos = [{ pdq: 'xyz', quality: 100 }];
    d.flagged[1].kind = 'email';
    const paths = problemsOf(d).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['leaders.3.accounts.0.phone', 'leaders.5.photos.0.pdq', 'flagged.1.kind']));
  });

  it('refuses a wrong schema number, a missing publisher, duplicate leader ids and expiry before issue', () => {
    const d = clone();
    d.schema = 2;
    d.leaders[1].id = d.leaders[0].id;
    d.expiresAt = '2020-01-01T00:00:00Z';
    delete d.publisher;
    const paths = problemsOf(d).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['schema', 'publisher']));
    const e = clone();
    e.leaders[1].id = e.leaders[0].id;
    e.expiresAt = '2020-01-01T00:00:00Z';
    expect(problemsOf(e).map((p) => p.path)).toEqual(expect.arrayContaining(['leaders.1.id', 'expiresAt']));
  });

  it('refuses an account with nothing to identify it', () => {
    const d = clone();
    d.leaders[0].accounts = [{ platform: 'facebook' }];
    expect(problemsOf(d)[0]!.path).toBe('leaders.0.accounts.0');
  });

  it('gives one clear line for text that is not JSON', () => {
    expect(() => parseDirectoryText('{"schema": 1,')).toThrow(/^not JSON/);
  });

  it('keeps docs/directory.schema.json in step with the zod schema (npm run generate)', async () => {
    expect(await readFile(directorySchemaFile, 'utf8')).toBe(directoryJsonSchema());
  });
});
