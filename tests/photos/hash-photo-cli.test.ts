import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/commands/hash-photo';
import { decodeImageBytes, readImageFile } from '../../cli/image-file';
import { CliError } from '../../cli/io';
import { pdqHash } from '../../lib/photos/pdq';
import { pdqDataDir } from './reference-data';

const bridge = path.join(pdqDataDir, 'images/bridge-mods/square-256x256.jpg');
const q0746 = path.join(pdqDataDir, 'images/labelme-subset/q0746.jpg');

function captureStdout(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  });
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe('directory hash-photo', () => {
  it('prints one JSON line per image, in the order given', async () => {
    const lines = captureStdout();
    await run([bridge, q0746]);
    const printed = lines.map((line) => JSON.parse(line) as { file: string; pdq: string; quality: number });
    expect(printed.map((p) => p.file)).toEqual([bridge, q0746]);
    for (const p of printed) {
      expect(Object.keys(p)).toEqual(['file', 'pdq', 'quality']);
      expect(p.pdq).toMatch(/^[0-9a-f]{64}$/);
      expect(p.quality).toBe(100);
    }
    expect(printed[0]!.pdq).toBe(pdqHash(await readImageFile(bridge)).hash);
  });

  it('hashes a PNG holding the same pixels as a JPEG to the same value', async () => {
    const jpegPixels = await readImageFile(q0746);
    const png = new PNG({ width: jpegPixels.width, height: jpegPixels.height });
    for (let p = 0; p < jpegPixels.width * jpegPixels.height; p++) {
      png.data.set(jpegPixels.data.subarray(p * 3, p * 3 + 3), p * 4);
      png.data[p * 4 + 3] = 255;
    }
    // Named .jpg on purpose: the format is recognised from the bytes, not the name.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'hash-photo-')), 'really-a-png.jpg');
    writeFileSync(file, PNG.sync.write(png));
    const lines = captureStdout();
    await run([file]);
    expect(JSON.parse(lines[0]!)).toEqual({ file, ...renamed(pdqHash(jpegPixels)) });
  });

  it('prints the good images first, then fails naming every file it could not decode', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hash-photo-'));
    const text = path.join(dir, 'notes.jpg');
    writeFileSync(text, 'not a picture');
    const truncated = path.join(dir, 'truncated.jpg');
    writeFileSync(truncated, readFileSync(bridge).subarray(0, 600));
    const missing = path.join(dir, 'missing.png');
    const lines = captureStdout();
    const error = await run([text, bridge, truncated, missing]).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(CliError);
    const message = (error as CliError).message;
    expect(message).not.toContain('\n');
    expect(message).toContain('3 images failed');
    expect(message).toContain(`${text}: not a JPEG or PNG image`);
    expect(message).toContain(`${truncated}: cannot decode JPEG`);
    expect(message).toContain(`${missing}: cannot read (ENOENT)`);
    expect(lines.map((line) => (JSON.parse(line) as { file: string }).file)).toEqual([bridge]);
  });

  it('names the single failing file alone, and asks for at least one image', async () => {
    captureStdout();
    await expect(run(['/nonexistent/a.jpg'])).rejects.toThrow(new CliError('/nonexistent/a.jpg: cannot read (ENOENT)'));
    await expect(run([])).rejects.toThrow(CliError);
    await expect(run(['--size', '3', bridge])).rejects.toThrow(/unknown option --size/);
  });

  it('decodes from memory with a label for messages', () => {
    expect(() => decodeImageBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'avatar.png')).toThrow(
      /^avatar\.png: cannot decode PNG \(/,
    );
  });
});

function renamed(result: { hash: string; quality: number }): { pdq: string; quality: number } {
  return { pdq: result.hash, quality: result.quality };
}
