// Replies in JSON: the `response_format` a chat's reply format asks for, and the check of what
// came back, against the chat's JSON Schema when it has one. @cfworker/json-schema validates
// without generating code (no eval), covers drafts 4 to 2020-12, and needs no meta-schemas.
import { Validator } from '@cfworker/json-schema';
import type { JsonReplyFormat } from '../db/types';

export type ResponseFormat =
  | { type: 'json_object' }
  | { type: 'json_schema'; json_schema: { name: string; schema: Record<string, unknown> } };

export function responseFormatFor(format: JsonReplyFormat): ResponseFormat {
  return format.schema
    ? { type: 'json_schema', json_schema: { name: 'reply', schema: format.schema } }
    : { type: 'json_object' };
}

/**
 * OpenAI refuses `json_object` unless the messages ask for JSON in words, so a chat without a
 * schema says so in its system prompt.
 */
export function systemPromptFor(systemPrompt: string, format: JsonReplyFormat | undefined): string {
  if (!format || format.schema) return systemPrompt;
  const ask = 'Reply with a single JSON object and nothing else.';
  return systemPrompt.trim() ? `${systemPrompt}\n\n${ask}` : ask;
}

/** Why `text` is not the JSON asked for, in plain words; undefined when it is. */
export function jsonReplyProblem(text: string, format: JsonReplyFormat): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? `: ${error.message}` : '';
    return `The reply is not valid JSON${reason}.`;
  }
  if (!format.schema) return undefined;
  const result = new Validator(format.schema, '2020-12', false).validate(value);
  if (result.valid) return undefined;
  // The innermost errors say what is wrong; the outer ones only that something below is.
  const leaves = result.errors.filter(
    (e) =>
      !result.errors.some(
        (other) => other !== e && other.keywordLocation.startsWith(`${e.keywordLocation}/`),
      ),
  );
  const listed = leaves
    .slice(0, 3)
    .map((e) => `${e.instanceLocation.replace(/^#/, '') || 'the reply'}: ${e.error}`);
  return `The reply doesn't match the chat's JSON Schema (${listed.join('; ')}).`;
}

/** Why `text` can't be used as a JSON Schema; undefined when it can. */
export function jsonSchemaProblem(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? ` (${error.message})` : '';
    return `The JSON Schema is not valid JSON${reason}.`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'The JSON Schema must be a JSON object, such as {"type": "object", "properties": {…}}.';
  }
  const badType = unknownType(value);
  if (badType !== undefined) {
    return `The JSON Schema names a type that doesn't exist: "${badType}". Types are ${JSON_TYPES.join(', ')}.`;
  }
  try {
    new Validator(value, '2020-12').validate(null);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return `The JSON Schema can't be used: ${reason.trim()}`;
  }
  return undefined;
}

const JSON_TYPES = ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null'];

/** The first `type` anywhere in the schema that is not a JSON Schema type; the validator ignores them. */
function unknownType(schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  if (Array.isArray(schema)) return schema.map(unknownType).find((t) => t !== undefined);
  for (const [key, value] of Object.entries(schema) as [string, unknown][]) {
    // A property called "type" holds a schema, not a type name, and is looked into below.
    const types: unknown[] = key === 'type' ? [value].flat() : [];
    const bad = types.find((t) => typeof t === 'string' && !JSON_TYPES.includes(t));
    if (typeof bad === 'string') return bad;
    const inner = unknownType(value);
    if (inner !== undefined) return inner;
  }
  return undefined;
}
