/** Deterministic test pictures: smooth shapes with enough structure for PDQ quality 100. */
import type { RgbaImage } from '../../lib/photos/pdq';

/** A few overlapping soft blobs and stripes, seeded so every run draws the same picture. */
export function syntheticPhoto(width: number, height: number, seed = 1, channels: 3 | 4 = 3): RgbaImage {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const blobs = Array.from({ length: 12 }, () => ({
    x: random(), y: random(), r: 0.05 + random() * 0.25, colour: [random(), random(), random()] as const,
  }));
  const stripe = 4 + random() * 10;
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const u = x / width;
      const v = y / height;
      const rgb = [0.3, 0.3, 0.3];
      for (const blob of blobs) {
        const weight = Math.exp(-((u - blob.x) ** 2 + (v - blob.y) ** 2) / (blob.r * blob.r));
        for (let c = 0; c < 3; c++) rgb[c]! += weight * (blob.colour[c]! - 0.5);
      }
      const wave = 0.1 * Math.sin(stripe * (u + 0.6 * v) * Math.PI);
      const p = (y * width + x) * channels;
      for (let c = 0; c < 3; c++) data[p + c] = Math.max(0, Math.min(255, Math.round((rgb[c]! + wave + 0.2) * 255)));
      if (channels === 4) data[p + 3] = 255;
    }
  }
  return { width, height, data, channels };
}

/** Moves every pixel: (x, y) -> place(x, y) in an image of the given size. */
export function remapPixels(
  image: RgbaImage,
  width: number,
  height: number,
  place: (x: number, y: number) => [number, number],
): RgbaImage {
  const { channels } = image;
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const [nx, ny] = place(x, y);
      const from = (y * image.width + x) * channels;
      data.set(image.data.subarray(from, from + channels), (ny * width + nx) * channels);
    }
  }
  return { width, height, data, channels };
}
