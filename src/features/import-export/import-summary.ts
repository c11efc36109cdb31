// The words an import shows: counts for the preview and the sentence left as a notice after.
import { titleIn } from '../../io/candidate';
import type { ImportProgress, ImportSummary } from '../../io/import-job';

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
