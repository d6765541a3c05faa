/** Just enough of source maps (v3) to say which source file and line a position of a bundle comes from. */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export interface SourceMapV3 {
  sources: string[];
  mappings: string;
}

/** Segments per generated line: [generated column, source index, source line, source column] (0-based). */
export type Decoded = Array<Array<[number, number, number, number]>>;

export function decode(map: SourceMapV3): Decoded {
  const out: Decoded = [];
  let src = 0;
  let line = 0;
  let col = 0;
  for (const text of map.mappings.split(';')) {
    let gen = 0;
    const segs: Array<[number, number, number, number]> = [];
    for (const seg of text.split(',')) {
      if (!seg) continue;
      const vals: number[] = [];
      let v = 0;
      let shift = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        v += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          vals.push(v & 1 ? -(v >> 1) : v >> 1);
          v = 0;
          shift = 0;
        }
      }
      gen += vals[0] ?? 0;
      if (vals.length >= 4) {
        src += vals[1]!;
        line += vals[2]!;
        col += vals[3]!;
        segs.push([gen, src, line, col]);
      }
    }
    out.push(segs);
  }
  return out;
}

/** Source `file:line` of a 0-based generated position, with paths shortened to the repository. */
export function lookup(map: SourceMapV3, decoded: Decoded, line: number, column: number): { file: string; line: number } | null {
  const segs = decoded[line];
  if (!segs) return null;
  let best: [number, number, number, number] | null = null;
  for (const s of segs) if (s[0] <= column) best = s;
  if (!best) best = segs[0] ?? null;
  if (!best) return null;
  const file = (map.sources[best[1]] ?? '?').replace(/^(\.\.\/)+/, '').replace(/^.*?\/(node_modules|src)\//, '$1/');
  return { file, line: best[2] + 1 };
}
