// The settings a chat keeps for itself, as the "Chat settings" form holds them (text, as typed),
// checked into what is stored, with a plain message for each value that can't be used.
import { z } from 'zod';
import type { JsonReplyFormat, SessionParams, SessionRow } from '../../db/types';
import { jsonSchemaProblem } from '../../llm/json-reply';

export interface ChatSettingsForm {
  systemPrompt: string;
  temperature: string;
  maxTokens: string;
  maxTurns: string;
  contextLimit: string;
  replyFormat: 'text' | 'json';
  /** A JSON Schema for JSON replies, as typed; empty for any JSON object. */
  jsonSchema: string;
  maxToolSteps: string;
}

export function formFromSession(session: SessionRow): ChatSettingsForm {
  const text = (value: number | undefined) => (value === undefined ? '' : String(value));
  return {
    systemPrompt: session.systemPrompt,
    temperature: text(session.params.temperature),
    maxTokens: text(session.params.maxTokens),
    maxTurns: text(session.params.maxTurns),
    contextLimit: text(session.params.contextLimit),
    replyFormat: session.params.replyFormat ? 'json' : 'text',
    jsonSchema: session.params.replyFormat?.schema
      ? JSON.stringify(session.params.replyFormat.schema, null, 2)
      : '',
    maxToolSteps: text(session.params.maxToolSteps),
  };
}

/** An empty field means "the endpoint's default"; anything else must be a number in range. */
function optionalNumber(label: string, check: z.ZodNumber, rule: string) {
  return z
    .string()
    .trim()
    .transform((text, ctx) => {
      if (text === '') return undefined;
      const parsed = check.safeParse(Number(text));
      if (parsed.success) return parsed.data;
      ctx.addIssue({
        code: 'custom',
        message: `${label} must be ${rule}; leave it empty for the endpoint's default.`,
      });
      return z.NEVER;
    });
}

const formSchema = z.object({
  systemPrompt: z.string(),
  temperature: optionalNumber('Temperature', z.number().min(0).max(2), 'a number from 0 to 2'),
  maxTokens: optionalNumber(
    'Max reply tokens',
    z.number().int().min(1),
    'a whole number of 1 or more',
  ),
  maxTurns: optionalNumber('Max turns', z.number().int().min(1), 'a whole number of 1 or more'),
  contextLimit: optionalNumber(
    'Context limit',
    z.number().int().min(256),
    'a whole number of tokens, 256 or more',
  ),
  maxToolSteps: optionalNumber(
    'Tool step limit',
    z.number().int().min(1).max(100),
    'a whole number from 1 to 100',
  ),
});

/** The reply format the form asks for; a schema typed while the format is Text is not kept. */
function checkReplyFormat(
  form: ChatSettingsForm,
): { ok: true; format: JsonReplyFormat | undefined } | { ok: false; error: string } {
  if (form.replyFormat === 'text') return { ok: true, format: undefined };
  if (form.jsonSchema.trim() === '') return { ok: true, format: { type: 'json' } };
  const problem = jsonSchemaProblem(form.jsonSchema);
  if (problem) return { ok: false, error: problem };
  const schema = JSON.parse(form.jsonSchema) as Record<string, unknown>;
  return { ok: true, format: { type: 'json', schema } };
}

export type CheckedChatSettings =
  { ok: true; systemPrompt: string; params: SessionParams } | { ok: false; errors: string[] };

export function checkChatSettings(form: ChatSettingsForm): CheckedChatSettings {
  const parsed = formSchema.safeParse(form);
  const replyFormat = checkReplyFormat(form);
  if (!parsed.success || !replyFormat.ok) {
    return {
      ok: false,
      errors: [
        ...(parsed.error?.issues.map((i) => i.message) ?? []),
        ...(replyFormat.ok ? [] : [replyFormat.error]),
      ],
    };
  }
  const { systemPrompt, temperature, maxTokens, maxTurns, contextLimit, maxToolSteps } =
    parsed.data;
  const params: SessionParams = {};
  if (temperature !== undefined) params.temperature = temperature;
  if (maxTokens !== undefined) params.maxTokens = maxTokens;
  if (maxTurns !== undefined) params.maxTurns = maxTurns;
  if (contextLimit !== undefined) params.contextLimit = contextLimit;
  if (replyFormat.format) params.replyFormat = replyFormat.format;
  if (maxToolSteps !== undefined) params.maxToolSteps = maxToolSteps;
  return { ok: true, systemPrompt, params };
}
