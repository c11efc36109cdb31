// "Chat model": a combobox in the chat header (and on the new-chat screen) listing every model
// of every provider, grouped by provider, filtered as the user types. A choice applies to the
// chat's next reply and becomes what new chats start with. /model in the message box opens it
// with the focus in it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { inputClass } from '../../components/ui/field';
import { listProviders } from '../../db/queries';
import { useUi } from '../../store/ui';
import { chooseChatModel } from './chat-actions';
import { modelGroups, type ModelOption } from './model-options';

/** With no `sessionId`, the choice is only what new chats start with. */
export function ModelPicker({
  sessionId,
  providerId,
  model,
}: {
  sessionId: string | null;
  providerId: string | undefined;
  model: string;
}) {
  const providers = useLiveQuery(listProviders);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  // -1 while no option is active: Enter then chooses nothing.
  const [active, setActive] = useState(-1);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // Only a request made while the picker is on screen opens it, not one from before it mounted.
  const request = useUi((s) => s.modelPickerRequest);
  const handledRequest = useRef(request);
  useEffect(() => {
    if (request === handledRequest.current) return;
    handledRequest.current = request;
    inputRef.current?.focus();
  }, [request]);
  const groups = useMemo(() => modelGroups(providers ?? [], query), [providers, query]);
  const options = groups.flatMap((g) => g.options);
  const provider = providers?.find((p) => p.id === providerId);
  const removed = providerId !== undefined && providers !== undefined && !provider;
  const current = model
    ? `${model}${provider ? ` · ${provider.name}` : removed ? ' · provider removed' : ''}`
    : '';

  const close = () => {
    setOpen(false);
    setQuery('');
  };
  const choose = (option: ModelOption | undefined) => {
    if (!option) return;
    chooseChatModel(sessionId, option.providerId, option.model);
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => {
        if (options.length === 0) return -1;
        if (i < 0) return step > 0 ? 0 : options.length - 1;
        return (Math.min(i, options.length - 1) + step + options.length) % options.length;
      });
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };
  const optionId = (i: number) => `${listId}-${i}`;
  // Where each group's options start in the one list the arrow keys move through.
  const groupStarts = groups.map((_, k) =>
    groups.slice(0, k).reduce((sum, g) => sum + g.options.length, 0),
  );

  return (
    <div className="relative w-56 max-w-[40vw]">
      <input
        ref={inputRef}
        role="combobox"
        aria-label="Chat model"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? optionId(active) : undefined}
        className={`${inputClass} ${removed ? 'border-amber-500' : ''}`}
        placeholder={current || 'Choose a model'}
        value={open ? query : current}
        onFocus={() => {
          setOpen(true);
          setActive(-1);
        }}
        onBlur={close}
        onChange={(e) => {
          // Typing into the closed picker (after Escape) starts a new search, not an edit of
          // the model's name shown there.
          const value = e.target.value;
          const typed = !open && value.startsWith(current) ? value.slice(current.length) : value;
          setQuery(typed);
          // Typing makes the first match the one Enter takes.
          setActive(typed.trim() ? 0 : -1);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <div
          id={listId}
          role="listbox"
          aria-label="Models"
          className="absolute right-0 z-20 mt-1 max-h-80 w-72 overflow-y-auto rounded-md border border-stone-200 bg-white py-1 text-sm shadow-lg"
        >
          {groups.length === 0 && (
            <div
              role="option"
              aria-disabled="true"
              aria-selected={false}
              className="px-3 py-2 text-stone-500"
            >
              Add a provider in Settings first.
            </div>
          )}
          {groups.map(({ provider: group, options: groupOptions }, groupIndex) => (
            <div key={group.id} role="group" aria-label={group.name}>
              <p className="px-3 pt-2 pb-1 text-xs font-semibold text-stone-500" aria-hidden="true">
                {group.name}
              </p>
              {groupOptions.length === 0 && (
                <div
                  role="option"
                  aria-disabled="true"
                  aria-selected={false}
                  className="px-3 py-1 text-xs text-stone-400"
                >
                  {group.models.length === 0 ? 'No model list: type a model name' : 'No match'}
                </div>
              )}
              {groupOptions.map((option, optionIndex) => {
                const i = (groupStarts[groupIndex] ?? 0) + optionIndex;
                const selected = option.providerId === providerId && option.model === model;
                return (
                  <div
                    key={`${option.typed ? 'typed:' : ''}${option.model}`}
                    id={optionId(i)}
                    role="option"
                    aria-selected={selected}
                    className={`cursor-pointer px-3 py-1 ${i === active ? 'bg-emerald-100' : ''} ${selected ? 'font-medium' : ''}`}
                    // Chosen on mouse down, before the input's blur closes the list.
                    onMouseDown={(e) => {
                      e.preventDefault();
                      choose(option);
                    }}
                    onMouseEnter={() => setActive(i)}
                  >
                    <span aria-hidden="true" className="inline-block w-4 text-emerald-700">
                      {selected ? '✓' : ''}
                    </span>
                    {option.typed ? `Use “${option.model}”` : option.model}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
