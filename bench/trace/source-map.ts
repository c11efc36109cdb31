// Maps a position in a built chunk back to the module it came from, with the bench build's
// hidden source maps, so a profile of minified code names Arbor's files and its packages.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map(Array.from({ length: B64.length }, (_, i) => [B64.charAt(i), i]));

/** [generated column, source index, source line, source column, name index?] */
type Segment = number[];

const mapSchema = z.object({
  sources: z.array(z.string()),
  names: z.array(z.string()).default([]),
  mappings: z.string(),
  sourcesContent: z.array(z.string().nullable()).optional(),
});

/** Base64 VLQ: 5 bits per digit, continuation in bit 6, sign in the lowest bit. */
function decodeSegment(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = B64_VALUE.get(char) ?? 0;
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Per generated line, its segments with absolute values, in column order. */
function decodeMappings(mappings: string): Segment[][] {
  const state = [0, 0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    const segments: Segment[] = [];
    for (const part of line.split(',')) {
      if (!part) continue;
      const delta = decodeSegment(part);
      const segment = delta.map((d, i) => {
        state[i] = (state[i] ?? 0) + d;
        return state[i] ?? 0;
      });
      segments.push(segment);
    }
    return segments;
  });
}

export interface Original {
  /** As the map names it, e.g. ../../src/db/schema.ts or ../../node_modules/dexie/dist/dexie.mjs. */
  source: string;
  /** 1-based. */
  line: number;
  name: string | undefined;
  /** The original line's text, trimmed, when the map carries the sources. */
  text: string | undefined;
}

export class SourceMap {
  private readonly lines: Segment[][];

  private constructor(private readonly map: z.infer<typeof mapSchema>) {
    this.lines = decodeMappings(map.mappings);
  }

  static fromJson(value: unknown): SourceMap | undefined {
    const parsed = mapSchema.safeParse(value);
    return parsed.success ? new SourceMap(parsed.data) : undefined;
  }

  static async load(file: string): Promise<SourceMap | undefined> {
    try {
      return SourceMap.fromJson(JSON.parse(await readFile(file, 'utf8')));
    } catch {
      return undefined;
    }
  }

  /** line and column are 0-based, as in a CPU profile's call frames. */
  lookup(line: number, column: number): Original | undefined {
    const segments = this.lines[line];
    if (!segments) return undefined;
    let found: Segment | undefined;
    for (const s of segments) {
      if ((s[0] ?? 0) > column) break;
      found = s;
    }
    if (!found || found.length < 4) return undefined;
    const [, sourceIndex = 0, sourceLine = 0, , nameIndex] = found;
    const source = this.map.sources[sourceIndex] ?? '?';
    const content = this.map.sourcesContent?.[sourceIndex];
    return {
      source,
      line: sourceLine + 1,
      name: nameIndex === undefined ? undefined : this.map.names[nameIndex],
      text: content?.split('\n')[sourceLine]?.trim(),
    };
  }
}
