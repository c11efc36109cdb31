// The import dialog: progress while the file is read, then the preview (new, already here,
// rejected and why) with Import and Cancel, or what went wrong. Everything from the file is
// rendered as text by React, never as HTML.
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import type { ImportProgress, ImportSummary } from '../../io/import-job';
import { useImport } from './import-store';
import { countsOf, plural, progressLabel, rejectionText } from './import-summary';

const MAX_LISTED = 50;

function ProgressBar({ progress }: { progress: ImportProgress | null }) {
  const known = progress && progress.total > 0;
  return (
    <div className="mb-4">
      <p className="mb-2 text-sm text-stone-700" aria-live="polite">
        {progressLabel(progress)}
      </p>
      <progress
        aria-label="Import progress"
        className="h-2 w-full accent-emerald-700"
        max={1}
        {...(known ? { value: Math.min(1, progress.done / progress.total) } : {})}
      />
    </div>
  );
}

function Listed({
  label,
  items,
  heading = true,
}: {
  label: string;
  items: string[];
  heading?: boolean;
}) {
  if (items.length === 0) return null;
  const shown = items.slice(0, MAX_LISTED);
  return (
    <section aria-label={label} className="mb-3">
      {heading && <h3 className="mb-1 text-sm font-semibold text-stone-700">{label}</h3>}
      <ul className="max-h-40 list-disc space-y-1 overflow-y-auto pl-5 text-sm text-stone-700">
        {shown.map((item, i) => (
          <li key={i} className="break-words">
            {item}
          </li>
        ))}
        {items.length > shown.length && <li>…and {items.length - shown.length} more</li>}
      </ul>
    </section>
  );
}

function Preview({ files, summary }: { files: string[]; summary: ImportSummary }) {
  const c = countsOf(summary);
  const formats = summary.files.map((f) => `${f.name}${f.format ? ` (${f.format})` : ''}`);
  return (
    <>
      <p className="mb-3 text-sm text-stone-700">From {formats.join(', ') || files.join(', ')}:</p>
      <ul aria-label="Import summary" className="mb-3 space-y-1 text-sm">
        <li>
          <strong>{plural(c.added, 'new chat')}</strong>
          {c.added > 0 && ` (${plural(c.messages, 'message')})`}
        </li>
        <li>{c.present} already here (skipped)</li>
        <li>{c.rejected} rejected</li>
      </ul>
      {c.copies > 0 && (
        <p className="mb-3 text-sm text-stone-700">
          {plural(c.copies, 'chat')} will come in as a copy: a chat with the same id but different
          content is already here, and nothing is ever overwritten.
        </p>
      )}
      <Listed label="Rejected" items={summary.rejected.map(rejectionText)} />
      {summary.repairs.length > 0 && (
        <details className="mb-3 text-sm">
          <summary className="cursor-pointer text-stone-700">
            Repaired ({summary.repairs.length})
          </summary>
          <Listed label="Repairs" items={summary.repairs} heading={false} />
        </details>
      )}
    </>
  );
}

export function ImportDialog() {
  const phase = useImport((s) => s.phase);
  const { confirm, cancel } = useImport.getState();
  const open = phase.kind !== 'idle';
  const canImport = phase.kind === 'preview' && phase.summary.added.length > 0;

  return (
    <Dialog
      title="Import chats"
      open={open}
      onClose={cancel}
      dismissable={phase.kind !== 'writing'}
    >
      {(phase.kind === 'loading' || phase.kind === 'writing') && (
        <ProgressBar progress={phase.progress} />
      )}
      {phase.kind === 'preview' && phase.problem && (
        <p
          role="alert"
          className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          {phase.problem}
        </p>
      )}
      {phase.kind === 'preview' && <Preview files={phase.files} summary={phase.summary} />}
      {phase.kind === 'failed' && (
        <div
          role="alert"
          className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          <p className="font-semibold">{phase.message}</p>
          {phase.details.length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {phase.details.slice(0, MAX_LISTED).map((r, i) => (
                <li key={i} className="break-words">
                  {rejectionText(r)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="flex justify-end gap-2">
        <Button onClick={cancel} disabled={phase.kind === 'writing'}>
          {phase.kind === 'failed' ? 'Close' : 'Cancel'}
        </Button>
        {phase.kind !== 'failed' && (
          <Button variant="primary" onClick={confirm} disabled={!canImport} autoFocus={canImport}>
            Import
          </Button>
        )}
      </div>
    </Dialog>
  );
}
