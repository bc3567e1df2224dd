/**
 * Meta's reference values for the PDQ test images (../shared/data/pdq, read-only): hashes and
 * quality from the unmodified ThreatExchange C++ core fed with libjpeg-turbo 2.1.5 pixels.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIHEDRAL_NAMES, type DihedralName } from '../../lib/photos/pdq';
import { sharedDir } from '../../scripts/generate/shared-path';

export const pdqDataDir = path.join(sharedDir, 'data', 'pdq');

export interface ReferenceImage {
  /** Path relative to pdqDataDir, e.g. images/bridge-mods/aaa-orig.jpg. */
  file: string;
  width: number;
  height: number;
  quality: number;
  hashes: Record<DihedralName, string>;
}

export function readReferenceImages(): ReferenceImage[] {
  const lines = readFileSync(path.join(pdqDataDir, 'pdq-expected-cpp-core.csv'), 'utf8').trim().split(/\r?\n/);
  const header = lines[0]!.split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    const cell = (name: string): string => {
      const value = cells[header.indexOf(name)];
      if (value === undefined) throw new Error(`reference CSV has no ${name} column`);
      return value;
    };
    const hashes = {} as Record<DihedralName, string>;
    for (const name of DIHEDRAL_NAMES) hashes[name] = cell(`pdq_${name}`);
    return { file: cell('file'), width: Number(cell('width')), height: Number(cell('height')), quality: Number(cell('quality')), hashes };
  });
}

export function referenceByName(images: ReferenceImage[], file: string): ReferenceImage {
  const found = images.find((image) => image.file === file);
  if (found === undefined) throw new Error(`${file} is not in the reference CSV`);
  return found;
}
