// The words an import shows: counts for the preview, the sentence left as a notice after, and
// why an import that didn't fit was refused.
import { titleIn } from '../../io/candidate';
import type { ImportProgress, ImportSummary } from '../../io/import-job';
import { formatBytes } from '../../lib/format-bytes';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface ImportCounts {
  added: number;
  copies: number;
  present: number;
  rejected: number;
  messages: number;
}

export function countsOf(summary: ImportSummary): ImportCounts {
  return {
    added: summary.added.length,
    copies: summary.added.filter((a) => a.asCopy).length,
    present: summary.duplicates.length,
    rejected: summary.rejected.length,
    messages: summary.added.reduce((n, a) => n + a.messages, 0),
  };
}

/** True when the file holds nothing that could come in (only errors, or nothing at all). */
export function isUnusable(summary: ImportSummary): boolean {
  return summary.added.length === 0 && summary.duplicates.length === 0;
}

/** `file — “Title” — conversations[2]: has no message tree…`; the reason carries the path. */
export function rejectionText(r: ImportSummary['rejected'][number]): string {
  const title = titleIn(r.where);
  return [r.file, title && `“${title}”`, r.reason].filter(Boolean).join(' — ');
}

export function doneNotice(summary: ImportSummary): string {
  const c = countsOf(summary);
  const parts = [
    c.added === 0
      ? 'Nothing new was imported.'
      : `Imported ${plural(c.added, 'chat')}${c.copies ? ` (${c.copies} as ${c.copies === 1 ? 'a copy' : 'copies'})` : ''}.`,
  ];
  if (c.present) parts.push(`Skipped ${c.present} already here.`);
  if (c.rejected) parts.push(`${plural(c.rejected, 'chat')} rejected.`);
  return parts.join(' ');
}

const STAGE_LABELS: Record<ImportProgress['stage'], string> = {
  reading: 'Reading',
  parsing: 'Parsing',
  checking: 'Comparing with your chats',
  writing: 'Saving',
};

export function progressLabel(progress: ImportProgress | null): string {
  if (!progress) return 'Starting…';
  const what = progress.file ? ` ${progress.file}` : '';
  const percent =
    progress.total > 0 ? ` ${Math.floor((progress.done / progress.total) * 100)}%` : '';
  return `${STAGE_LABELS[progress.stage]}${what}…${percent}`;
}

/**
 * Why an import that didn't fit was refused. `free` is the browser's own figure, said only when
 * it agrees the import doesn't fit: a browser may report far more than it lets Arbor use.
 */
export function diskFullText(bytes: number, free: number | undefined): string {
  const room = free !== undefined && free < bytes ? `; about ${formatBytes(free)} is free` : '';
  return `This import needs about ${formatBytes(bytes)} of free space${room}, more than this browser’s storage has left. Nothing was imported and your chats are as they were. Free some space, then press Import again.`;
}
