// Where an import's files come from: a File read in chunks (so progress can be shown and a
// 100 MB JSON file never needs a second copy as bytes), or bytes or a string already in memory
// (tests). A compressed file is unpacked into the JSON files it holds (see unpack.ts).
import { isCompressed, unpack, Utf8Reader } from './unpack';

/** One JSON text to import, or why a file could not be read as one. */
export interface ImportEntry {
  /** The file's name; inside an archive, `export.zip/conversations.json`. */
  name: string;
  text: string;
  /** Came out of an archive, where files that hold no chats are passed over quietly. */
  inArchive?: boolean;
  /** Set when the file can't be read at all: cut short, or a damaged archive. */
  error?: string;
}

export interface ImportSource {
  name: string;
  /** Stands in for message times in formats that have none, so a re-import matches. */
  lastModified: number;
  size: number;
  read: (onBytes: (loaded: number) => void) => Promise<ImportEntry[]>;
}

export function textSource(name: string, text: string, lastModified = 0): ImportSource {
  return { name, lastModified, size: text.length, read: () => Promise.resolve([{ name, text }]) };
}

export function bytesSource(name: string, bytes: Uint8Array, lastModified = 0): ImportSource {
  return {
    name,
    lastModified,
    size: bytes.byteLength,
    read: () => Promise.resolve(unpack(name, bytes)),
  };
}

function joined(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

export function fileSource(file: File): ImportSource {
  return {
    name: file.name,
    lastModified: file.lastModified,
    size: file.size,
    async read(onBytes) {
      // Some Blob implementations (jsdom in tests) have no stream(); read those whole.
      const streamable: unknown = Reflect.get(file, 'stream');
      if (typeof streamable !== 'function') {
        const bytes = new Uint8Array(await file.arrayBuffer());
        onBytes(file.size);
        return unpack(file.name, bytes);
      }
      const reader = file.stream().getReader();
      const text = new Utf8Reader();
      // Compressed files are kept as bytes to unpack at the end; JSON is decoded as it comes.
      let compressed: Uint8Array[] | undefined;
      let loaded = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (loaded === 0 && isCompressed(value)) compressed = [];
        loaded += value.byteLength;
        if (compressed) compressed.push(value);
        else text.push(value);
        onBytes(loaded);
      }
      return compressed ? unpack(file.name, joined(compressed, loaded)) : [text.finish(file.name)];
    },
  };
}
