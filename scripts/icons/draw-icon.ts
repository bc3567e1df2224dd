import { PNG } from 'pngjs';
import { iconDesigns, type IconVariant } from './icon-designs';

/** Subsamples per pixel side: 4×4 gives smooth edges even at 16 px. */
const SUBSAMPLES = 4;

/**
 * Paints an icon pixel by pixel: each pixel averages SUBSAMPLES² points, each taking the colour of the topmost
 * layer that covers it (or transparency), so edges are anti-aliased without a graphics library.
 */
export function drawIcon(variant: IconVariant, size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const layers = iconDesigns[variant].map((layer) => ({ shape: layer.shape, rgb: hexToRgb(layer.colour) }));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const point = { u: (x + (sx + 0.5) / SUBSAMPLES) / size, v: (y + (sy + 0.5) / SUBSAMPLES) / size };
          const top = layers.findLast((layer) => layer.shape(point));
          if (!top) continue;
          r += top.rgb[0];
          g += top.rgb[1];
          b += top.rgb[2];
          covered++;
        }
      }
      const at = (y * size + x) * 4;
      png.data[at] = covered ? Math.round(r / covered) : 0;
      png.data[at + 1] = covered ? Math.round(g / covered) : 0;
      png.data[at + 2] = covered ? Math.round(b / covered) : 0;
      png.data[at + 3] = Math.round((255 * covered) / (SUBSAMPLES * SUBSAMPLES));
    }
  }
  return png;
}

/** Where an icon goes under public/: icon/<size>.png for the product icon (WXT finds it), icon/<variant>-<size>.png otherwise. */
export function iconFile(variant: IconVariant, size: number): string {
  return variant === 'none' ? `icon/${size}.png` : `icon/${variant}-${size}.png`;
}

function hexToRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}
