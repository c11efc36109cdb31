// A picked or dropped file's bytes as the texts to import: a .zip (a whole "Export data"
// archive) gives each JSON file in it, a .gz its one file, anything else itself. Compression is
// told from the bytes, not the name. A file cut short, in its compression or in the middle of a
// character, is rejected whole with a message saying so: half a file is never imported.
import { gunzipSync, unzipSync } from 'fflate';
import type { ImportEntry } from './import-source';

const ZIP = [0x50, 0x4b];
const GZIP = [0x1f, 0x8b];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

export function isCompressed(head: Uint8Array): boolean {
  return startsWith(head, ZIP) || startsWith(head, GZIP);
}

function cutShort(name: string, how: string): ImportEntry {
  return {
    name,
    text: '',
    error: `${name} ${how}, so it was cut short or damaged on the way. Download or export it again; nothing from it was imported.`,
  };
}

/** Decodes UTF-8, rejecting text that stops in the middle of a character. */
export class Utf8Reader {
  private readonly decoder = new TextDecoder();
  private readonly parts: string[] = [];

  push(bytes: Uint8Array): void {
    this.parts.push(this.decoder.decode(bytes, { stream: true }));
  }

  /** The whole text; an error entry when the last bytes begin a character they don't finish. */
  finish(name: string): ImportEntry {
    // The final flush returns text only when bytes of an unfinished character are left over.
    if (this.decoder.decode() !== '') return cutShort(name, 'ends in the middle of a character');
    return { name, text: this.parts.join('') };
  }
}

function decode(name: string, bytes: Uint8Array, inArchive: boolean): ImportEntry {
  const reader = new Utf8Reader();
  reader.push(bytes);
  const entry = reader.finish(name);
  return inArchive ? { ...entry, inArchive } : entry;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function gunzip(name: string, bytes: Uint8Array, inArchive: boolean): ImportEntry {
  try {
    return decode(name, gunzipSync(bytes), inArchive);
  } catch (error) {
    return cutShort(name, `can't be uncompressed (${message(error)})`);
  }
}

/** JSON files, plain or gzipped, outside the folders macOS adds to archives it makes. */
function holdsChats(path: string): boolean {
  return /\.json(\.gz)?$/i.test(path) && !path.startsWith('__MACOSX/');
}

function unzip(name: string, bytes: Uint8Array): ImportEntry[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => holdsChats(file.name) });
  } catch (error) {
    return [cutShort(name, `is not a complete .zip archive (${message(error)})`)];
  }
  // Entry names are the archive's own; a Map keeps one named `__proto__` as it is.
  const entries = new Map(Object.entries(files));
  if (entries.size === 0) {
    return [
      { name, text: '', error: `${name} holds no .json files, so it has no chats to import.` },
    ];
  }
  return [...entries.keys()].sort().map((path) => {
    const data = entries.get(path) ?? new Uint8Array();
    const inner = `${name}/${path}`;
    return startsWith(data, GZIP) ? gunzip(inner, data, true) : decode(inner, data, true);
  });
}

export function unpack(name: string, bytes: Uint8Array): ImportEntry[] {
  if (startsWith(bytes, ZIP)) return unzip(name, bytes);
  if (startsWith(bytes, GZIP)) return [gunzip(name, bytes, false)];
  return [decode(name, bytes, false)];
}
