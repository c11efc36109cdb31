// Owns the model list served at GET /v1/models, with each model's context window, and what
// each model accepts.

export const MODELS = [
  { id: 'mock-small', contextLength: 128_000, jsonSchema: true },
  { id: 'mock-large', contextLength: 128_000, jsonSchema: true },
  // A window small enough that tests can fill it: requests past it are refused as OpenAI does.
  // Like older models, it refuses response_format json_schema.
  { id: 'mock-tiny', contextLength: 2_048, jsonSchema: false },
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

/** Unknown models accept json_schema, as most servers that accept any model name do. */
export function acceptsJsonSchema(model: string): boolean {
  return MODELS.find((m) => m.id === model)?.jsonSchema ?? true;
}
