import { PNG } from 'pngjs';

/**
 * The app icons, drawn in code so they can be regenerated: a white lightning bolt ("hot" patch)
 * on the accent colour (color.png 192×192) and the bolt alone, white on transparent (outline.png
 * 32×32), as the Teams manifest requires.
 */
const BOLT: [number, number][] = [
  [0.58, 0.08],
  [0.25, 0.56],
  [0.47, 0.56],
  [0.4, 0.92],
  [0.76, 0.42],
  [0.53, 0.42],
  [0.62, 0.08],
];

function inPolygon(x: number, y: number, poly: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Coverage of a pixel by the bolt, 4×4 supersampled for smooth edges. */
function coverage(px: number, py: number, size: number, inset: number): number {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const x = (px + (sx + 0.5) / 4) / size;
      const y = (py + (sy + 0.5) / 4) / size;
      const u = (x - inset) / (1 - 2 * inset);
      const v = (y - inset) / (1 - 2 * inset);
      if (inPolygon(u, v, BOLT)) hits++;
    }
  }
  return hits / 16;
}

export function drawIcon(kind: 'color' | 'outline'): Buffer {
  const size = kind === 'color' ? 192 : 32;
  const png = new PNG({ width: size, height: size });
  const accent = [0x0f, 0x6c, 0xbd];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const c = coverage(x, y, size, kind === 'color' ? 0.12 : 0.02);
      if (kind === 'color') {
        png.data[i] = Math.round(accent[0]! + (255 - accent[0]!) * c);
        png.data[i + 1] = Math.round(accent[1]! + (255 - accent[1]!) * c);
        png.data[i + 2] = Math.round(accent[2]! + (255 - accent[2]!) * c);
        png.data[i + 3] = 255;
      } else {
        png.data[i] = 255;
        png.data[i + 1] = 255;
        png.data[i + 2] = 255;
        png.data[i + 3] = Math.round(255 * c);
      }
    }
  }
  return PNG.sync.write(png);
}
