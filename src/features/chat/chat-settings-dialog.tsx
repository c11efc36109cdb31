// "Chat settings": the open chat's system prompt, request parameters and reply format. The
// system prompt saved here is also what new chats start with.
import { useState, type SyntheticEvent } from 'react';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import { updateSessionSettings } from '../../db/sessions-repo';
import { saveNewChatDefaults } from '../../db/settings-repo';
import type { SessionRow } from '../../db/types';
import { ChatToolServers } from './chat-tool-servers';
import { checkChatSettings, formFromSession, type ChatSettingsForm } from './chat-settings';
import { savingFailed } from '../../store/report-failure';

export function ChatSettingsDialog({
  session,
  onClose,
}: {
  session: SessionRow;
  onClose: () => void;
}) {
  const [form, setForm] = useState(() => formFromSession(session));
  const [errors, setErrors] = useState<string[]>([]);
  const [toolServerIds, setToolServerIds] = useState(session.toolServerIds);
  const set = (changes: Partial<ChatSettingsForm>) => setForm((f) => ({ ...f, ...changes }));

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = checkChatSettings(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    try {
      await updateSessionSettings(session.id, {
        systemPrompt: checked.systemPrompt,
        params: checked.params,
        ...(toolServerIds ? { toolServerIds } : {}),
      });
      await saveNewChatDefaults({ systemPrompt: checked.systemPrompt });
      onClose();
    } catch (cause) {
      console.error('Saving the chat settings failed', cause);
      setErrors([savingFailed('the chat settings', cause)]);
    }
  };

  const number = (
    label: string,
    key: 'temperature' | 'maxTokens' | 'maxTurns' | 'contextLimit' | 'maxToolSteps',
    hint: string,
  ) => (
    <Field label={label} hint={hint}>
      {(id, hintId) => (
        <input
          id={id}
          aria-describedby={hintId}
          className={inputClass}
          inputMode="decimal"
          value={form[key]}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <Dialog title="Chat settings" open onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label="System prompt"
          hint="Sent first with every request; new chats start with it too."
        >
          {(id, hintId) => (
            <textarea
              id={id}
              aria-describedby={hintId}
              className={`${inputClass} min-h-24`}
              value={form.systemPrompt}
              onChange={(e) => set({ systemPrompt: e.target.value })}
            />
          )}
        </Field>
        <div className="grid grid-cols-2 gap-x-3">
          {number('Temperature', 'temperature', '0 to 2; empty for the default.')}
          {number('Max reply tokens', 'maxTokens', 'Empty for no limit.')}
          {number('Max turns', 'maxTurns', 'Newest user turns sent; empty for all.')}
          {number(
            'Context limit',
            'contextLimit',
            "The model's window in tokens; empty to use what the endpoint or Arbor knows.",
          )}
        </div>
        <Field label="Reply format" hint="JSON asks the model for JSON and checks the reply.">
          {(id, hintId) => (
            <select
              id={id}
              aria-describedby={hintId}
              className={inputClass}
              value={form.replyFormat}
              onChange={(e) => set({ replyFormat: e.target.value === 'json' ? 'json' : 'text' })}
            >
              <option value="text">Text</option>
              <option value="json">JSON</option>
            </select>
          )}
        </Field>
        {form.replyFormat === 'json' && (
          <Field
            label="JSON Schema"
            hint="Optional: the reply must match it. Empty for any JSON object."
          >
            {(id, hintId) => (
              <textarea
                id={id}
                aria-describedby={hintId}
                className={`${inputClass} min-h-24 font-mono text-xs`}
                spellCheck={false}
                value={form.jsonSchema}
                onChange={(e) => set({ jsonSchema: e.target.value })}
              />
            )}
          </Field>
        )}
        <ChatToolServers chosen={toolServerIds} onChange={setToolServerIds} />
        {number(
          'Tool step limit',
          'maxToolSteps',
          'How many times in one turn tools may run before the model must answer; empty for 10.',
        )}
        {errors.length > 0 && (
          <div role="alert" className="mb-3 text-sm text-red-700">
            {errors.map((e) => (
              <p key={e}>{e}</p>
            ))}
          </div>
        )}
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary">
            Save
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
