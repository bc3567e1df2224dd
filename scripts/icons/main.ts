import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { drawIcon, iconFile } from './draw-icon';
import { iconVariants } from './icon-designs';

/**
 * Redraws the toolbar icons into public/icon/. Run after changing a design, and commit the PNGs:
 *   npx tsx scripts/icons/main.ts
 */
const sizes = [16, 32, 48, 128];
const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public');

for (const variant of iconVariants) {
  for (const size of sizes) {
    const file = join(publicDir, iconFile(variant, size));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, PNG.sync.write(drawIcon(variant, size)));
    console.log(`wrote ${file}`);
  }
}
