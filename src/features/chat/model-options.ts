// The choices the chat model picker offers for what has been typed: every listed model of every
// provider whose name contains the text, grouped by provider, and, where a provider doesn't list
// that exact name, the typed name itself, so endpoints without a model list work too.
import type { ProviderRow } from '../../db/types';

export interface ModelOption {
  providerId: string;
  model: string;
  /** True for a name the user typed rather than one the endpoint listed. */
  typed: boolean;
}

export interface ModelGroup {
  provider: ProviderRow;
  options: ModelOption[];
}

export function modelGroups(providers: readonly ProviderRow[], query: string): ModelGroup[] {
  const typed = query.trim();
  const needle = typed.toLowerCase();
  return providers.map((provider) => {
    const listed = provider.models
      .filter((m) => m.id.toLowerCase().includes(needle))
      .map((m) => ({ providerId: provider.id, model: m.id, typed: false }));
    const exact = provider.models.some((m) => m.id === typed);
    return {
      provider,
      options:
        typed && !exact
          ? [...listed, { providerId: provider.id, model: typed, typed: true }]
          : listed,
    };
  });
}
