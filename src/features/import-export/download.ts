// Saves text or a Blob as a file through the browser's download, and names files so they sort by date
// and say what they hold.
export function saveFile(name: string, contents: string | Blob, type: string): void {
  const blob = typeof contents === 'string' ? new Blob([contents], { type }) : contents;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file-name-safe form of a title: letters and digits of any script, joined by dashes. */
export function slug(title: string): string {
  const cleaned = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return cleaned || 'chat';
}

export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
