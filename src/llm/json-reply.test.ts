import { describe, expect, it } from 'vitest';
import {
  jsonReplyProblem,
  jsonSchemaProblem,
  responseFormatFor,
  systemPromptFor,
} from './json-reply';

const weather = {
  type: 'object',
  required: ['city', 'temperature'],
  properties: { city: { type: 'string' }, temperature: { type: 'number' } },
};

describe('the response_format a JSON chat asks for', () => {
  it('is json_schema with the chat’s schema, or json_object without one', () => {
    expect(responseFormatFor({ type: 'json', schema: weather })).toEqual({
      type: 'json_schema',
      json_schema: { name: 'reply', schema: weather },
    });
    expect(responseFormatFor({ type: 'json' })).toEqual({ type: 'json_object' });
  });

  it('asks for JSON in words only where json_object needs it', () => {
    expect(systemPromptFor('Be brief.', { type: 'json' })).toBe(
      'Be brief.\n\nReply with a single JSON object and nothing else.',
    );
    expect(systemPromptFor('', { type: 'json' })).toBe(
      'Reply with a single JSON object and nothing else.',
    );
    expect(systemPromptFor('Be brief.', { type: 'json', schema: weather })).toBe('Be brief.');
    expect(systemPromptFor('Be brief.', undefined)).toBe('Be brief.');
  });
});

describe('checking a JSON reply', () => {
  it('accepts JSON that parses, and JSON that matches the schema', () => {
    expect(jsonReplyProblem('{"anything": [1, 2]}', { type: 'json' })).toBeUndefined();
    expect(
      jsonReplyProblem('{"city": "Oslo", "temperature": -3}', { type: 'json', schema: weather }),
    ).toBeUndefined();
  });

  it('says when the reply does not parse', () => {
    expect(jsonReplyProblem('{"city": "Oslo"', { type: 'json' })).toMatch(
      /^The reply is not valid JSON: .+\.$/,
    );
    expect(jsonReplyProblem('Sure! Here it is.', { type: 'json', schema: weather })).toMatch(
      /^The reply is not valid JSON/,
    );
  });

  it('names what does not match the schema, innermost first', () => {
    const problem = jsonReplyProblem('{"city": 5}', { type: 'json', schema: weather });
    expect(problem).toContain("doesn't match the chat's JSON Schema");
    expect(problem).toContain('required property "temperature"');
    expect(problem).toContain('/city: Instance type "number" is invalid. Expected "string".');
    expect(problem).not.toContain('does not match schema');
  });
});

describe('checking a JSON Schema typed in Chat settings', () => {
  it('accepts an object schema', () => {
    expect(jsonSchemaProblem(JSON.stringify(weather))).toBeUndefined();
    expect(
      jsonSchemaProblem('{"type":"object","properties":{"type":{"type":"string"}}}'),
    ).toBeUndefined();
  });

  it('says what is wrong with one that can’t be used', () => {
    expect(jsonSchemaProblem('{"type": "object",')).toMatch(/^The JSON Schema is not valid JSON/);
    expect(jsonSchemaProblem('[1, 2]')).toMatch(/must be a JSON object/);
    expect(jsonSchemaProblem('{"type": "banana"}')).toMatch(/type that doesn't exist: "banana"/);
    expect(jsonSchemaProblem('{"properties": {"a": {"type": ["string", "text"]}}}')).toMatch(
      /"text"/,
    );
    expect(jsonSchemaProblem('{"$ref": "#/nope"}')).toMatch(
      /^The JSON Schema can't be used: Unresolved \$ref/,
    );
  });
});
