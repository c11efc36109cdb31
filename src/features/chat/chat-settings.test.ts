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
});
