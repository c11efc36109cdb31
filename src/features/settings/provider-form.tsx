// Adding or editing one provider: its name, preset, base URL and API key, with the models its
// endpoint lists shown as they are fetched. On the first run it also asks for the model new
// chats use.
import { useState, type SyntheticEvent } from 'react';
import { Button } from '../../components/ui/button';
import { Field, inputClass } from '../../components/ui/field';
import type { ProviderRow } from '../../db/types';
import {
  isHttpBaseURL,
  PRESETS,
  presetById,
  presetForURL,
  providerNameFor,
} from '../../lib/provider-presets';
import { missingListNote, type ModelList } from './model-list';
import { saveProvider } from './provider-actions';
import { useModelList } from './use-model-list';
import { savingFailed } from '../../store/report-failure';

export interface ProviderFormProps {
  /** The provider being edited; undefined to add one. */
  provider?: ProviderRow;
  /** Asks for the model new chats use (the first run). */
  askModel?: boolean;
  onDone: () => void;
  onCancel?: () => void;
}

export function ProviderForm({ provider, askModel = false, onDone, onCancel }: ProviderFormProps) {
  const [presetId, setPresetId] = useState(provider?.presetId ?? 'openai');
  const [baseURL, setBaseURL] = useState(provider?.baseURL ?? presetById('openai')?.baseURL ?? '');
  const [apiKey, setApiKey] = useState(provider?.apiKey ?? '');
  // Until the user names it, a provider is called after its preset or its server.
  const [name, setName] = useState(provider?.name ?? '');
  const shownName = name || providerNameFor(baseURL);
  const [model, setModel] = useState(presetById(presetId)?.suggestedModel ?? '');
  const [showKey, setShowKey] = useState(false);
  const [error, setError] = useState('');
  // The key belongs to the server it was entered for: it is never sent to another one, not
  // even to list models while the user is still typing a new Base URL.
  const [keyOrigin, setKeyOrigin] = useState(() => originOf(baseURL));
  const keyFitsURL = originOf(baseURL) === keyOrigin;
  const preset = presetById(presetId);
  const models = useModelList(
    baseURL,
    keyFitsURL ? apiKey : '',
    (keyFitsURL && apiKey !== '') || preset?.needsKey === false,
  );

  const choosePreset = (id: string) => {
    const next = presetById(id);
    if (!next) return;
    const url = next.baseURL || baseURL;
    setPresetId(id);
    setBaseURL(url);
    if (!model || model === preset?.suggestedModel) setModel(next.suggestedModel);
    // Another provider's key would be sent to the wrong server.
    if (originOf(url) !== keyOrigin) setApiKey('');
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const url = baseURL.trim().replace(/\/+$/, '');
    if (!isHttpBaseURL(url)) {
      setError(
        'Enter a Base URL that starts with http:// or https://, for example https://api.openai.com/v1.',
      );
      return;
    }
    if (askModel && !model.trim()) {
      setError('Enter the name of a model, for example gpt-4o-mini.');
      return;
    }
    try {
      await saveProvider(
        provider?.id,
        {
          name: shownName.trim() || providerNameFor(url),
          presetId,
          baseURL: url,
          apiKey: keyFitsURL ? apiKey.trim() : '',
        },
        keyFitsURL ? models : { state: 'idle' },
        askModel ? model.trim() : undefined,
      );
      onDone();
    } catch (cause) {
      console.error('Saving the provider failed', cause);
      setError(savingFailed('the provider', cause));
    }
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={provider ? `Edit ${provider.name}` : 'Add provider'}
    >
      <Field label="Provider">
        {(id) => (
          <select
            id={id}
            className={inputClass}
            value={presetId}
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
      <Field label="Name" hint="How this provider is listed in the chat model picker.">
        {(id, hintId) => (
          <input
            id={id}
            aria-describedby={hintId}
            className={inputClass}
            value={shownName}
            onChange={(e) => setName(e.target.value)}
          />
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
            value={baseURL}
            placeholder="https://api.openai.com/v1"
            onChange={(e) => {
              setBaseURL(e.target.value);
              setPresetId(presetForURL(e.target.value).id);
            }}
          />
        )}
      </Field>
      <Field
        label="API key"
        hint={
          !keyFitsURL && apiKey
            ? 'This key was entered for another address, so it is not kept for this one: enter the key for this address.'
            : preset?.needsKey === false
              ? 'Optional for local servers.'
              : 'Stored only in this browser, sent only to this Base URL, never exported.'
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
              value={apiKey}
              onChange={(e) => {
                setApiKey(e.target.value);
                setKeyOrigin(originOf(baseURL));
              }}
            />
            <Button variant="ghost" onClick={() => setShowKey((s) => !s)} aria-pressed={showKey}>
              {showKey ? 'Hide' : 'Show'}
            </Button>
          </div>
        )}
      </Field>
      {askModel ? (
        <ModelField
          models={models}
          value={model}
          placeholder={preset?.suggestedModel}
          onChange={setModel}
        />
      ) : (
        <p role="status" className="mb-3 text-xs text-stone-500">
          {modelListHint(models)}
        </p>
      )}
      {error && (
        <p role="alert" className="mb-3 text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-2">
        {onCancel && <Button onClick={onCancel}>Cancel</Button>}
        <Button type="submit" variant="primary">
          Save
        </Button>
      </div>
    </form>
  );
}

/** The model new chats use, with the endpoint's list offered as suggestions. */
function ModelField({
  models,
  value,
  placeholder,
  onChange,
}: {
  models: ModelList;
  value: string;
  placeholder: string | undefined;
  onChange: (model: string) => void;
}) {
  return (
    <Field label="Model" hint={modelListHint(models)}>
      {(id, hintId) => (
        <>
          <input
            id={id}
            aria-describedby={hintId}
            className={inputClass}
            list={`${id}-models`}
            value={value}
            placeholder={placeholder || 'model name'}
            onChange={(e) => onChange(e.target.value)}
          />
          <datalist id={`${id}-models`}>
            {models.state === 'ready' &&
              models.models.map((m) => <option key={m.id} value={m.id} />)}
          </datalist>
        </>
      )}
    </Field>
  );
}

function modelListHint(models: ModelList): string {
  switch (models.state) {
    case 'ready':
      return `${models.models.length} models offered by this endpoint; pick one or type a name.`;
    case 'loading':
      return 'Looking for the models this endpoint offers…';
    case 'idle':
      return 'The models this endpoint offers are listed once its address (and key) are filled in.';
    default:
      return missingListNote(models) ?? '';
  }
}

function originOf(url: string): string {
  try {
    return new URL(url.trim()).origin;
  } catch {
    return '';
  }
}
