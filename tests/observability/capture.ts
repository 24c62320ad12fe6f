import { Writable } from 'node:stream';

/** A pino destination that keeps every line, parsed. */
export function captureLines() {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      raw.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  return { stream, raw, lines: () => raw.map((l) => JSON.parse(l) as Record<string, unknown>), text: () => raw.join('\n') };
}
