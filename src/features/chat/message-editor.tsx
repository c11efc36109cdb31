// Edits a message in place. Saving adds the new text as a sibling of the original, which stays
// in the tree untouched; a question is sent, a summary only stored.
import { useState } from 'react';
import { Button } from '../../components/ui/button';

export function MessageEditor({
  initial,
  sends,
  onSave,
  onCancel,
}: {
  initial: string;
  /** Saving sends the message for a reply. */
  sends: boolean;
  onSave: (text: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(initial);
  const canSave = text.trim() !== '';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (canSave) onSave(text);
      }}
    >
      <textarea
        aria-label="Edit message"
        className="w-full rounded-md border border-stone-300 p-2 focus:border-emerald-600 focus:outline-none"
        rows={Math.min(10, Math.max(2, text.split('\n').length))}
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            if (canSave) onSave(text);
          }
        }}
      />
      <div className="mt-2 flex justify-end gap-2">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={!canSave}>
          {sends ? 'Save and send' : 'Save'}
        </Button>
      </div>
    </form>
  );
}
