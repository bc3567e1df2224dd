import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { toolbarBadge, toolbarIconPaths, toolbarIconVariant } from '../../components/toolbar-icon';
import { verdictLevels } from '../../lib/verdict/levels';
import { drawIcon, iconFile } from '../../scripts/icons/draw-icon';
import { iconVariants } from '../../scripts/icons/icon-designs';

const readPublic = (path: string) => PNG.sync.read(readFileSync(new URL(`../../public/${path}`, import.meta.url)));

describe('toolbar icons (public/icon, drawn by scripts/icons)', () => {
  it.each(verdictLevels)('%s has a committed icon of every size', (level) => {
    for (const [size, path] of Object.entries(toolbarIconPaths(level))) {
      const png = readPublic(path);
      expect([png.width, png.height]).toEqual([Number(size), Number(size)]);
      expect(png.data[3]).toBe(0); // transparent corner: the shield, not a square
      const centre = (Math.floor(png.height / 2) * png.width + Math.floor(png.width / 2)) * 4;
      expect(png.data[centre + 3]).toBe(255);
    }
  });

  it.each(iconVariants)('the committed %s icons are what the script draws today', (variant) => {
    for (const size of [16, 32, 48, 128]) {
      expect(Buffer.compare(readPublic(iconFile(variant, size)).data, drawIcon(variant, size).data), `${variant} ${size}`).toBe(0);
    }
  });

  it('maps each level to its variant and a badge with a symbol, not colour alone', () => {
    expect(verdictLevels.map(toolbarIconVariant)).toEqual(['none', 'verified', 'none', 'lookalike', 'lookalike', 'danger']);
    expect(toolbarIconPaths('none')['16']).toBe('icon/16.png');
    expect(toolbarIconPaths('danger')['32']).toBe('icon/danger-32.png');
    expect(toolbarBadge('danger').text).toBe('!');
    expect(toolbarBadge('hijack-risk').text).toBe('?');
    expect(toolbarBadge('verified').text).toBe('✓');
    expect(toolbarBadge('namesake').text).toBe('');
  });

  it('the variants look different where the mark is', () => {
    const centres = iconVariants.map((variant) => {
      const png = drawIcon(variant, 32);
      const at = (16 * 32 + 16) * 4;
      return [...png.data.subarray(at, at + 3)].join(',');
    });
    expect(new Set(centres).size).toBeGreaterThanOrEqual(3);
  });
});
