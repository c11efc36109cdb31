// Owns the model list served at GET /v1/models.

export const MODEL_IDS = ['mock-small', 'mock-large'] as const;

export function modelList(): { object: 'list'; data: object[] } {
  return {
    object: 'list',
    data: MODEL_IDS.map((id) => ({
      id,
      object: 'model',
      created: 1700000000,
      owned_by: 'arbor-mock',
      // As OpenRouter lists it; Arbor reads the context window from here.
      context_length: 128_000,
    })),
  };
}
