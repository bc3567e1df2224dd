/**
 * Oracle rule 1 of pdq/README.md: fed the very pixels the C++ reference was fed, the port must give
 * the same hashes, bit for bit, and the same quality. Those pixels come from libjpeg-turbo 2.1.5.
 * - Always: wee.jpg decoded by libjpeg-turbo 2.1.5 is committed (4 kB, fixtures/, produced by
 *   fixtures/libjpeg-to-rgb.c).
 * - Where a C compiler and libjpeg headers exist (Debian: libjpeg62-turbo-dev), that decoder is built
 *   and all 20 reference images are checked. Another libjpeg version may decode a few pixels
 *   differently, so the version is printed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pdqHash, pdqHashDihedral, type RgbaImage } from '../../lib/photos/pdq';
import { pdqDataDir, readReferenceImages, referenceByName } from './reference-data';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const references = readReferenceImages();

/** Parses the decoder's output: "WIDTH HEIGHT\n" then RGB bytes. */
function parseRawRgb(bytes: Uint8Array): RgbaImage {
  const newline = bytes.indexOf(10);
  const [width, height] = new TextDecoder().decode(bytes.subarray(0, newline)).split(' ').map(Number);
  const data = bytes.subarray(newline + 1);
  expect(data.length).toBe(width! * height! * 3);
  return { width: width!, height: height!, data, channels: 3 };
}

function expectExactlyReference(file: string, image: RgbaImage): void {
  const reference = referenceByName(references, file);
  const dihedral = pdqHashDihedral(image);
  const plain = pdqHash(image);
  expect({ file, quality: dihedral.quality, hashes: dihedral.hashes }).toEqual({ file, quality: reference.quality, hashes: reference.hashes });
  expect(plain).toEqual({ hash: reference.hashes.orig, quality: reference.quality });
}

function buildLibjpegDecoder(): string | undefined {
  if (!existsSync('/usr/include/jpeglib.h')) return undefined;
  const binary = path.join(mkdtempSync(path.join(tmpdir(), 'pdq-libjpeg-')), 'libjpeg-to-rgb');
  const built = spawnSync('cc', ['-O2', '-o', binary, path.join(fixtures, 'libjpeg-to-rgb.c'), '-ljpeg'], { encoding: 'utf8' });
  return built.status === 0 ? binary : undefined;
}

describe('PDQ on the reference decoder pixels', () => {
  it('reproduces wee.jpg bit for bit from committed libjpeg-turbo 2.1.5 pixels', () => {
    const image = parseRawRgb(readFileSync(path.join(fixtures, 'wee.libjpeg-turbo-2.1.5.rgb')));
    expect([image.width, image.height]).toEqual([34, 42]);
    expectExactlyReference('images/misc/wee.jpg', image);
  });

  const decoder = buildLibjpegDecoder();
  it.runIf(decoder !== undefined)('reproduces all 20 reference images bit for bit when libjpeg is at hand', () => {
    const version = spawnSync('sh', ['-c', "dpkg-query -W -f='${Version}' libjpeg62-turbo 2>/dev/null"], { encoding: 'utf8' }).stdout;
    console.log(`libjpeg decoder built; libjpeg62-turbo ${version || 'version unknown'}`);
    for (const reference of references) {
      const raw = execFileSync(decoder!, [path.join(pdqDataDir, reference.file)], { maxBuffer: 64 * 1024 * 1024 });
      expectExactlyReference(reference.file, parseRawRgb(raw));
    }
  });
});
