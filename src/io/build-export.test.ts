// The export file is written in pieces, one per session, for speed; joined, the pieces must be
// exactly two-space indented JSON of the whole export, whatever the sessions hold.
import { describe, expect, it } from 'vitest';
import { buildExport, serializeExportParts } from './build-export';
import { generateDb } from './testing/generate-db';

const when = new Date('2026-01-02T03:04:05Z');

function wholeFile(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

describe('serializeExportParts', () => {
  it.each([1, 2, 3, 8])('joins into the indented JSON of %i generated sessions', (count) => {
    const data = generateDb(count * 7, count);
    const exported = buildExport(data.sessions, data.messages, when);
    const parts = serializeExportParts(exported);
    expect(parts).toHaveLength(count + 2);
    expect(parts.join('')).toBe(wholeFile(exported));
  });

  it('writes an export with no sessions as one piece', () => {
    const exported = buildExport([], [], when);
    expect(serializeExportParts(exported)).toEqual([wholeFile(exported)]);
  });
});
