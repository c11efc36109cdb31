// Owns replies to requests that ask for JSON: the echo as `{"answer": …}` for json_object, a
// value shaped by the schema for json_schema, and, on a directive, broken JSON or JSON that
// doesn't match the schema.
import type { ChatMessage, ResponseFormat } from './chat-request';
import type { JsonMode } from './directives';
import { echoReply } from './replies';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A value that matches `schema`, with `text` in every string: enough of JSON Schema for
 * tests (types, properties, items, enum, const, anyOf and oneOf), not all of it.
 */
export function sampleFor(schema: unknown, text: string): unknown {
  if (!isRecord(schema)) return text;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants)) return sampleFor(variants[0], text);
  const type: unknown = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'array':
      return [sampleFor(schema.items, text)];
    case 'string':
      return text;
    case 'number':
    case 'integer':
      return 42;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default: {
      const properties = isRecord(schema.properties) ? schema.properties : {};
      return Object.fromEntries(
        Object.entries(properties).map(([key, inner]) => [key, sampleFor(inner, text)]),
      );
    }
  }
}

export function jsonReply(
  format: Exclude<ResponseFormat, { type: 'text' }>,
  messages: ChatMessage[],
  mode: JsonMode,
): string {
  const echo = echoReply(messages);
  const value = format.type === 'json_schema' ? sampleFor(format.schema, echo) : { answer: echo };
  const json = JSON.stringify(value);
  switch (mode) {
    case 'valid':
      return json;
    case 'invalid':
      return json.slice(0, -1);
    case 'off-schema':
      return JSON.stringify(['not', 'what', 'was', 'asked']);
  }
}
