// What "Summarize and continue" asks the model, and how its answer is read: a JSON object with
// a summary where the endpoint accepts response_format json_schema, else the plain text.
import type { JsonReplyFormat } from '../db/types';

export const SUMMARY_INSTRUCTION =
  'Summarize our conversation so far, so that it can go on in a new chat without the earlier messages. Keep what matters for going on: facts, decisions, names, numbers, code and open questions. Leave out small talk. Write it as notes to yourself, in the language of the conversation.';

export const SUMMARY_FORMAT: JsonReplyFormat = {
  type: 'json',
  schema: {
    type: 'object',
    properties: { summary: { type: 'string', description: 'The summary, as notes.' } },
    required: ['summary'],
    additionalProperties: false,
  },
};

/** The summary out of `{"summary": …}`; a reply that isn't that JSON is taken as the text. */
export function summaryFromReply(text: string): string {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && 'summary' in value) {
      if (typeof value.summary === 'string') return value.summary.trim();
    }
  } catch {
    // Not JSON after all: a server that ignored response_format.
  }
  return text.trim();
}
