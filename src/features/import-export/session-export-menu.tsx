// The chat header's Export menu: the session as an exact .json file (re-importable), or the
// path on screen as Markdown (for reading and sharing), as an OpenAI messages array or as an
// OpenAI fine-tuning .jsonl line (for use with other tools).
import { Menu } from '../../components/ui/menu';
import type { SessionRow } from '../../db/types';
import { exportSession, type SessionExportKind } from './export-actions';

const ITEMS: { kind: SessionExportKind; label: string }[] = [
  { kind: 'json', label: 'As JSON (exact, can be imported)' },
  { kind: 'markdown', label: 'As Markdown (for reading)' },
  { kind: 'openai-messages', label: 'As OpenAI messages (a JSON array)' },
  { kind: 'fine-tuning', label: 'As fine-tuning JSONL (OpenAI format)' },
];

export function SessionExportMenu({ session }: { session: SessionRow }) {
  return (
    <Menu
      label="Export this chat"
      buttonLabel="Export"
      variant="secondary"
      items={ITEMS.map(({ kind, label }) => ({
        label,
        run: () => void exportSession(session, kind),
      }))}
    >
      Export
    </Menu>
  );
}
