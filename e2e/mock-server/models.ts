// Owns the model list served at GET /v1/models, with each model's context window.

export const MODELS = [
  { id: 'mock-small', contextLength: 128_000 },
  { id: 'mock-large', contextLength: 128_000 },
  // A window small enough that tests can fill it: requests past it are refused as OpenAI does.
  { id: 'mock-tiny', contextLength: 2_048 },
] as const;

export function modelList(): { object: 'list'; data: object[] } {
  return {
    object: 'list',
    data: MODELS.map(({ id, contextLength }) => ({
      id,
      object: 'model',
      created: 1700000000,
      owned_by: 'arbor-mock',
      // As OpenRouter lists it; Arbor reads the context window from here.
      context_length: contextLength,
    })),
  };
}

export function contextLengthOf(model: string): number | undefined {
  return MODELS.find((m) => m.id === model)?.contextLength;
}
