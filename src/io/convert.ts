// One file's text to candidate sessions: parse, detect the format, convert (migrating Arbor
// files), then repair every candidate. Never throws: a file that can't be read at all comes
// back with an `error` saying what is wrong and what to do.
import { FORMAT_NAMES, type ConvertResult, type FormatId } from './candidate';
import { detectFormat } from './detect';
import { convertArbor } from './formats/arbor';
import { convertBetterchatgpt } from './formats/betterchatgpt';
import { convertChatgpt } from './formats/chatgpt';
import type { AssetNames } from './formats/chatgpt-assets';
import { convertClaude } from './formats/claude';
import { convertLibrechat } from './formats/librechat';
import { convertLobechat, lobeStateSchema } from './formats/lobechat';
import { convertNextchat } from './formats/nextchat';
import { convertOpenaiArray, convertOpenaiMap } from './formats/openai-messages';
import { convertOpenwebui } from './formats/openwebui';
import { formatIssues } from './issue-path';
import { repairCandidate } from './repair';

export interface ConvertedFile extends ConvertResult {
  name: string;
  format: FormatId | null;
  /** Set when nothing in the file could be read; says why and what to do. */
  error?: string;
}

export const KNOWN_FORMATS =
  'Arbor, ChatGPT or Claude (conversations.json, or the whole .zip), Open WebUI, LibreChat, BetterChatGPT, NextChat, LobeChat, or a plain list of OpenAI messages';

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** What other files imported together tell a converter. */
export interface ConvertContext {
  /** ChatGPT's image names (conversation_asset_file_names.json). */
  assets?: AssetNames;
}

function convertAs(
  format: FormatId,
  data: unknown,
  fileTime: number,
  context: ConvertContext,
): ConvertResult {
  switch (format) {
    case 'arbor':
      return convertArbor(record(data));
    case 'chatgpt':
      return convertChatgpt(data, fileTime, context.assets);
    case 'claude':
      return convertClaude(data, fileTime);
    case 'openwebui':
      return convertOpenwebui(data, fileTime);
    case 'librechat':
      return convertLibrechat(data, fileTime);
    case 'betterchatgpt': {
      const chats = Array.isArray(data) ? data : record(data).chats;
      return convertBetterchatgpt(Array.isArray(chats) ? chats : [], fileTime);
    }
    case 'nextchat':
      return convertNextchat(record(data), fileTime);
    case 'lobechat': {
      const state = lobeStateSchema.safeParse(record(data).state);
      if (!state.success) throw new Error(formatIssues(state.error, 'state'));
      return convertLobechat(state.data, fileTime);
    }
    case 'openai-map':
      return convertOpenaiMap(record(data), fileTime);
    case 'openai-messages':
      return convertOpenaiArray(Array.isArray(data) ? data : [], fileTime);
  }
}

function failed(name: string, format: FormatId | null, error: string): ConvertedFile {
  return { name, format, candidates: [], rejected: [], repairs: [], error };
}

export function convertText(
  text: string,
  name: string,
  fileTime: number,
  context: ConvertContext = {},
): ConvertedFile {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failed(
      name,
      null,
      `${name} is not valid JSON (${detail}). If the download was cut short, export the file again.`,
    );
  }
  const format = detectFormat(data) ?? null;
  if (!format) {
    return failed(
      name,
      null,
      `Arbor doesn't recognise ${name}. It can import exports from ${KNOWN_FORMATS}.`,
    );
  }
  try {
    const result = convertAs(format, data, fileTime, context);
    const repairs = [...result.repairs];
    // An Arbor export comes back exactly as it was; other apps' tool steps are made valid.
    const candidates = result.candidates.map((c) =>
      repairCandidate(c, repairs, { answerToolCalls: format !== 'arbor' }),
    );
    return {
      name,
      format,
      candidates,
      ...(result.folders ? { folders: result.folders } : {}),
      rejected: result.rejected,
      repairs,
    };
  } catch (error) {
    console.warn(`Importing ${name} as ${FORMAT_NAMES[format]} failed`, error);
    const detail = error instanceof Error ? error.message : String(error);
    return failed(
      name,
      format,
      `${name} looks like a ${FORMAT_NAMES[format]} but can't be read: ${detail}`,
    );
  }
}
