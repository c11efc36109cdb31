// Chat settings are checked before they are stored: empty means the endpoint's default, and a
// value out of range gets a message that names the field and the range.
import { describe, expect, it } from 'vitest';
import { checkChatSettings, type ChatSettingsForm } from './chat-settings';

const empty: ChatSettingsForm = {
  systemPrompt: '',
  temperature: '',
  maxTokens: '',
  maxTurns: '',
  contextLimit: '',
  replyFormat: 'text',
  jsonSchema: '',
  maxToolSteps: '',
};

describe('checkChatSettings', () => {
  it('stores no parameter for empty fields', () => {
    expect(checkChatSettings({ ...empty, systemPrompt: 'Be brief.' })).toEqual({
      ok: true,
      systemPrompt: 'Be brief.',
      params: {},
    });
  });

  it('stores the numbers typed', () => {
    expect(
      checkChatSettings({ ...empty, temperature: ' 0.7 ', maxTokens: '800', maxTurns: '4' }),
    ).toEqual({
      ok: true,
      systemPrompt: '',
      params: { temperature: 0.7, maxTokens: 800, maxTurns: 4 },
    });
  });

  it.each([
    ['temperature', '7', 'Temperature must be a number from 0 to 2'],
    ['temperature', 'warm', 'Temperature must be a number from 0 to 2'],
    ['maxTokens', '0', 'Max reply tokens must be a whole number of 1 or more'],
    ['maxTurns', '2.5', 'Max turns must be a whole number of 1 or more'],
    ['contextLimit', '100', 'Context limit must be a whole number of tokens, 256 or more'],
  ] as const)('refuses %s %s with a message that says what fits', (field, value, message) => {
    const checked = checkChatSettings({ ...empty, [field]: value });
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : checked.errors).toEqual([expect.stringContaining(message)]);
  });

  it('stores a JSON reply format, with the schema typed or without one', () => {
    const schema = '{"type": "object", "properties": {"city": {"type": "string"}}}';
    expect(checkChatSettings({ ...empty, replyFormat: 'json', jsonSchema: schema })).toEqual({
      ok: true,
      systemPrompt: '',
      params: { replyFormat: { type: 'json', schema: JSON.parse(schema) as unknown } },
    });
    expect(checkChatSettings({ ...empty, replyFormat: 'json', jsonSchema: '  ' })).toEqual({
      ok: true,
      systemPrompt: '',
      params: { replyFormat: { type: 'json' } },
    });
    // A schema left in the box while the format is Text is not kept.
    expect(checkChatSettings({ ...empty, jsonSchema: schema })).toEqual({
      ok: true,
      systemPrompt: '',
      params: {},
    });
  });

  it('refuses a JSON Schema that can’t be parsed, with every other problem', () => {
    const checked = checkChatSettings({
      ...empty,
      temperature: '7',
      replyFormat: 'json',
      jsonSchema: '{"type": "object",',
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toHaveLength(2);
    expect(checked.errors[0]).toContain('Temperature must be a number from 0 to 2');
    expect(checked.errors[1]).toMatch(/^The JSON Schema is not valid JSON/);
  });

  it('keeps a tool step limit from 1 to 100 and names the field for anything else', () => {
    expect(checkChatSettings({ ...empty, maxToolSteps: '3' })).toMatchObject({
      ok: true,
      params: { maxToolSteps: 3 },
    });
    const refused = checkChatSettings({ ...empty, maxToolSteps: '0' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors[0]).toContain(
      'Tool step limit must be a whole number from 1 to 100',
    );
  });
});
