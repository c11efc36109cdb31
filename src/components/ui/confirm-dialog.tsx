// Asks before a destructive action; the confirm button carries the action's own name.
import { Button } from './button';
import { Dialog } from './dialog';

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  open,
  onConfirm,
  onCancel,
}: {
  title: string;
  message: string;
  confirmLabel: string;
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog title={title} open={open} onClose={onCancel}>
      <p className="mb-4 text-sm text-stone-700">{message}</p>
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="danger" onClick={onConfirm} autoFocus>
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
