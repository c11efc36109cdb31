// What the settings screens do with providers: save one (with the models its endpoint lists)
// and refresh its model list.
import {
  addProvider,
  saveModelList,
  updateProvider,
  type ProviderInput,
} from '../../db/providers-repo';
import type { ProviderRow } from '../../db/types';
import { fetchModelList, missingListNote, type ModelList } from './model-list';

/** What the provider form edits; the model list comes from the endpoint. */
export type ProviderFields = Omit<ProviderInput, 'models' | 'modelsNote'>;

/** The fetched list, or why there is none; a list not fetched yet is asked for after saving. */
function withList(input: ProviderFields, list: ModelList): ProviderInput {
  return list.state === 'ready'
    ? { ...input, models: list.models, modelsNote: undefined }
    : { ...input, models: [], modelsNote: missingListNote(list) };
}

/**
 * Saves a new provider (id undefined) or an edited one. `list` is what the form fetched; when
 * it hasn't finished, the list is fetched once the provider is stored.
 */
export async function saveProvider(
  id: string | undefined,
  input: ProviderFields,
  list: ModelList,
  defaultModel?: string,
): Promise<void> {
  const complete = withList(input, list);
  const savedId = id ?? (await addProvider(complete, defaultModel));
  if (id) await updateProvider(id, complete);
  if (list.state === 'idle' || list.state === 'loading') {
    void refreshModels({ ...complete, id: savedId });
  }
}

/** Asks the endpoint for its models again and stores the answer. */
export async function refreshModels(provider: Pick<ProviderRow, 'id' | 'baseURL' | 'apiKey'>) {
  const list = await fetchModelList(provider);
  await saveModelList(
    provider,
    list.state === 'ready' ? list.models : [],
    missingListNote(list),
  ).catch((error: unknown) => console.error('Saving the model list failed', error));
}
