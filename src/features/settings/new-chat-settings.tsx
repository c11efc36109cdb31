// The system prompt new chats start with. Each chat keeps its own copy, changed in its Chat
// settings; the provider and model new chats use are the ones chosen last in a chat.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type SyntheticEvent } from 'react';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import { loadNewChatDefaults, saveNewChatDefaults } from '../../db/settings-repo';
import { savingFailed } from '../../store/report-failure';

export function NewChatSettings() {
  const defaults = useLiveQuery(loadNewChatDefaults);
  if (!defaults) return null;
  return <SystemPromptForm initial={defaults.systemPrompt} />;
}

function SystemPromptForm({ initial }: { initial: string }) {
  const [prompt, setPrompt] = useState(initial);
  const [state, setState] = useState<'idle' | 'saved' | { failed: string }>('idle');
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      await saveNewChatDefaults({ systemPrompt: prompt });
      setState('saved');
    } catch (cause) {
      console.error('Saving the system prompt failed', cause);
      setState({ failed: savingFailed('the system prompt', cause) });
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="mt-5 border-t border-stone-200 pt-4">
      <h3 className="mb-2 text-sm font-semibold text-stone-700">New chats</h3>
      <Field
        label="System prompt"
        hint="New chats start with it; change a chat's own in its Chat settings."
      >
        {(id, hintId) => (
          <textarea
            id={id}
            aria-describedby={hintId}
            className={`${inputClass} min-h-20`}
            value={prompt}
            onChange={(e) => {
              setPrompt(e.target.value);
              setState('idle');
            }}
          />
        )}
      </Field>
      <div className="flex items-center justify-end gap-3">
        <p role="status" className="text-xs text-stone-500">
          {state === 'saved' && 'Saved.'}
        </p>
        {typeof state === 'object' && (
          <p role="alert" className="text-xs text-red-700">
            {state.failed}
          </p>
        )}
        <Button type="submit" variant="primary">
          Save
        </Button>
      </div>
    </form>
  );
}
