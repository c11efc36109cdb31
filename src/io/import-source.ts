// Where an import's text comes from: a File read in chunks (so progress can be shown and a
// 100 MB file never needs a second copy as bytes) or a string already in memory (tests).

export interface ImportSource {
  name: string;
  /** Stands in for message times in formats that have none, so a re-import matches. */
  lastModified: number;
  size: number;
  read: (onBytes: (loaded: number) => void) => Promise<string>;
}

export function textSource(name: string, text: string, lastModified = 0): ImportSource {
  return { name, lastModified, size: text.length, read: () => Promise.resolve(text) };
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
        const text = await file.text();
        onBytes(file.size);
        return text;
      }
      const reader = file.stream().getReader();
      const decoder = new TextDecoder();
      const parts: string[] = [];
      let loaded = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        loaded += value.byteLength;
        parts.push(decoder.decode(value, { stream: true }));
        onBytes(loaded);
      }
      parts.push(decoder.decode());
      return parts.join('');
    },
  };
}
