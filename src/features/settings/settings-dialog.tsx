// Settings: the endpoint (provider, base URL, API key) and the open chat's model and system
// prompt. The model and prompt saved here also become the defaults for new chats.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type SyntheticEvent } from 'react';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Field, inputClass } from '../../components/ui/field';
import { readSession } from '../../db/queries';
import { loadSettings, saveSettings, type Settings } from '../../db/settings-repo';
import { updateSessionSettings } from '../../db/sessions-repo';
import { PRESETS, presetById, presetForURL } from '../../llm/presets';
import { useUi } from '../../store/ui';
import { useModelList, type ModelList } from './use-model-list';

interface FormValues extends Settings {
  presetId: string;
}

export function SettingsDialog({ open, firstRun }: { open: boolean; firstRun: boolean }) {
  const activeSessionId = useUi((s) => s.activeSessionId);
  const close = () => useUi.getState().setSettingsOpen(false);
  const initial = useLiveQuery(async () => {
    if (!open) return null;
    const endpoint = await loadSettings();
    const session = activeSessionId ? await readSession(activeSessionId) : undefined;
    return {
      ...endpoint,
      model:
        session?.model ||
        endpoint.model ||
        (firstRun ? (presetById('openai')?.suggestedModel ?? '') : ''),
      systemPrompt: session ? session.systemPrompt : endpoint.systemPrompt,
      presetId: firstRun ? 'openai' : presetForURL(endpoint.baseURL).id,
      ...(firstRun ? { baseURL: endpoint.baseURL || 'https://api.openai.com/v1' } : {}),
    };
  }, [open, activeSessionId, firstRun]);

  return (
    <Dialog
      title={firstRun ? 'Welcome to Arbor' : 'Settings'}
      open={open}
      onClose={close}
      dismissable={!firstRun}
    >
      {initial && (
        <SettingsForm
          initial={initial}
          firstRun={firstRun}
          sessionId={activeSessionId}
          onDone={close}
        />
      )}
    </Dialog>
  );
}

function SettingsForm({
  initial,
  firstRun,
  sessionId,
  onDone,
}: {
  initial: FormValues;
  firstRun: boolean;
  sessionId: string | null;
  onDone: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [showKey, setShowKey] = useState(false);
  const [error, setError] = useState('');
  const modelsId = useId();
  // The key belongs to the server it was entered for: it is never sent to another one, not
  // even to list models while the user is still typing a new Base URL.
  const [keyOrigin, setKeyOrigin] = useState(() => originOf(initial.baseURL));
  const keyFitsURL = originOf(values.baseURL) === keyOrigin;
  const preset = presetById(values.presetId);
  const models = useModelList(
    values.baseURL,
    keyFitsURL ? values.apiKey : '',
    (keyFitsURL && values.apiKey !== '') || preset?.needsKey === false,
  );
  const set = (changes: Partial<FormValues>) => setValues((v) => ({ ...v, ...changes }));

  const choosePreset = (id: string) => {
    const next = presetById(id);
    if (!next) return;
    const baseURL = next.baseURL || values.baseURL;
    set({
      presetId: id,
      baseURL,
      model: values.model || next.suggestedModel,
      // Another provider's key would be sent to the wrong server.
      ...(originOf(baseURL) !== keyOrigin ? { apiKey: '' } : {}),
    });
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const baseURL = values.baseURL.trim().replace(/\/+$/, '');
    if (!/^https?:\/\/[^\s/]+/.test(baseURL)) {
      setError(
        'Enter a Base URL that starts with http:// or https://, for example https://api.openai.com/v1.',
      );
      return;
    }
    const model = values.model.trim();
    if (!model) {
      setError('Enter the name of a model, for example gpt-4o-mini.');
      return;
    }
    try {
      await saveSettings({
        baseURL,
        apiKey: values.apiKey.trim(),
        model,
        systemPrompt: values.systemPrompt,
      });
      if (sessionId)
        await updateSessionSettings(sessionId, { model, systemPrompt: values.systemPrompt });
      onDone();
    } catch (cause) {
      console.error('Saving settings failed', cause);
      setError('Could not save the settings in this browser. Free some disk space and try again.');
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {firstRun && (
        <p className="mb-4 text-sm text-stone-600">
          Arbor talks to the model straight from this browser. Pick a provider and enter your API
          key; it is stored only in this browser and sent only to the endpoint you choose.
        </p>
      )}
      <Field label="Provider">
        {(id) => (
          <select
            id={id}
            className={inputClass}
            value={values.presetId}
            onChange={(e) => choosePreset(e.target.value)}
          >
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Base URL"
        hint="Any OpenAI-compatible endpoint, ending in /v1 for most servers."
      >
        {(id, hintId) => (
          <input
            id={id}
            aria-describedby={hintId}
            className={inputClass}
            value={values.baseURL}
            placeholder="https://api.openai.com/v1"
            onChange={(e) =>
              set({ baseURL: e.target.value, presetId: presetForURL(e.target.value).id })
            }
          />
        )}
      </Field>
      <Field
        label="API key"
        hint={
          preset?.needsKey === false
            ? 'Optional for local servers.'
            : 'Stored only in this browser; never exported.'
        }
      >
        {(id, hintId) => (
          <div className="flex gap-2">
            <input
              id={id}
              aria-describedby={hintId}
              className={inputClass}
              type={showKey ? 'text' : 'password'}
              autoComplete="off"
              spellCheck={false}
              value={values.apiKey}
              onChange={(e) => {
                set({ apiKey: e.target.value });
                setKeyOrigin(originOf(values.baseURL));
              }}
            />
            <Button variant="ghost" onClick={() => setShowKey((s) => !s)} aria-pressed={showKey}>
              {showKey ? 'Hide' : 'Show'}
            </Button>
          </div>
        )}
      </Field>
      <Field label="Model" hint={modelHint(models)}>
        {(id, hintId) => (
          <>
            <input
              id={id}
              aria-describedby={hintId}
              className={inputClass}
              list={modelsId}
              value={values.model}
              placeholder={preset?.suggestedModel || 'model name'}
              onChange={(e) => set({ model: e.target.value })}
            />
            <datalist id={modelsId}>
              {models.state === 'ready' && models.models.map((m) => <option key={m} value={m} />)}
            </datalist>
          </>
        )}
      </Field>
      <Field
        label="System prompt"
        hint={
          sessionId ? 'For this chat; new chats start with it too.' : 'New chats start with it.'
        }
      >
        {(id, hintId) => (
          <textarea
            id={id}
            aria-describedby={hintId}
            className={`${inputClass} min-h-20`}
            value={values.systemPrompt}
            onChange={(e) => set({ systemPrompt: e.target.value })}
          />
        )}
      </Field>
      {error && (
        <p role="alert" className="mb-3 text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-2">
        {!firstRun && <Button onClick={onDone}>Cancel</Button>}
        <Button type="submit" variant="primary">
          Save
        </Button>
      </div>
    </form>
  );
}

function modelHint(models: ModelList): string {
  switch (models.state) {
    case 'ready':
      return `${models.models.length} models offered by this endpoint; pick one or type a name.`;
    case 'loading':
      return 'Looking for the models this endpoint offers…';
    case 'refused':
      return `The endpoint refused the API key (${models.status}), so it listed no models. Check the key.`;
    default:
      return 'Type the model name; this endpoint did not list its models.';
  }
}

function originOf(url: string): string {
  try {
    return new URL(url.trim()).origin;
  } catch {
    return '';
  }
}
