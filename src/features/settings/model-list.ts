// Asking a provider which models it offers (GET /models), with what to tell the user when it
// doesn't say: a refused key, or an endpoint that has no list (many local servers).
import type { Endpoint, ProviderModel } from '../../db/types';
import { listModels } from '../../llm/client';
import { httpStatusOf } from '../../llm/errors';

export type ModelList =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; models: ProviderModel[] }
  | { state: 'unavailable' }
  | { state: 'refused'; status: number };

/** Never rejects: a failure is a list state that says why there is no list. */
export async function fetchModelList(endpoint: Endpoint): Promise<ModelList> {
  try {
    const models = await listModels(endpoint);
    return models.length > 0 ? { state: 'ready', models } : { state: 'unavailable' };
  } catch (error) {
    console.info('The endpoint offers no model list', error);
    const status = httpStatusOf(error);
    return status === 401 || status === 403
      ? { state: 'refused', status }
      : { state: 'unavailable' };
  }
}

/** Why a provider has no model list, in plain words; undefined when it has one. */
export function missingListNote(list: ModelList): string | undefined {
  switch (list.state) {
    case 'ready':
      return undefined;
    case 'refused':
      return `The endpoint refused the API key (${list.status}), so it listed no models. Check the key.`;
    case 'unavailable':
      return 'This endpoint did not list its models; type a model name instead.';
    default:
      return 'The model list was not fetched yet.';
  }
}
