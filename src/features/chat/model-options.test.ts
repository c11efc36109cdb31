// The model picker's choices: filtered by what is typed, grouped by provider, and the typed
// name offered wherever a provider doesn't list it.
import { describe, expect, it } from 'vitest';
import type { ProviderRow } from '../../db/types';
import { modelGroups } from './model-options';

function provider(id: string, models: string[]): ProviderRow {
  return {
    id,
    name: id,
    presetId: 'custom',
    baseURL: `http://${id}.test/v1`,
    apiKey: '',
    models: models.map((m) => ({ id: m })),
    createdAt: 0,
  };
}

const openai = provider('openai', ['gpt-4o', 'gpt-4o-mini', 'o3']);
const local = provider('local', []);

describe('modelGroups', () => {
  it('lists every model of every provider, grouped, when nothing is typed', () => {
    const groups = modelGroups([openai, local], '');
    expect(groups.map((g) => [g.provider.id, g.options.map((o) => o.model)])).toEqual([
      ['openai', ['gpt-4o', 'gpt-4o-mini', 'o3']],
      ['local', []],
    ]);
  });

  it('keeps the models whose name contains the typed text, ignoring case', () => {
    const groups = modelGroups([openai], 'MINI');
    expect(groups[0]?.options.filter((o) => !o.typed).map((o) => o.model)).toEqual(['gpt-4o-mini']);
  });

  it('offers the typed name for every provider that does not list it exactly', () => {
    const groups = modelGroups([openai, local], ' llama3.2 ');
    expect(groups.map((g) => g.options)).toEqual([
      [{ providerId: 'openai', model: 'llama3.2', typed: true }],
      [{ providerId: 'local', model: 'llama3.2', typed: true }],
    ]);
  });

  it('does not offer a typed name that the provider lists', () => {
    const groups = modelGroups([openai], 'o3');
    expect(groups[0]?.options).toEqual([{ providerId: 'openai', model: 'o3', typed: false }]);
  });
});
