// The stored shapes of Arbor's data. A message keeps the OpenAI chat fields exactly as
// they arrived (role, content, tool_calls, tool_call_id, name) and adds tree and status fields.

export type Role = 'system' | 'user' | 'assistant' | 'tool';

/** How each role is named to a reader, on screen and in Markdown exports. */
export const ROLE_NAMES: Record<Role, string> = {
  user: 'You',
  assistant: 'Assistant',
  system: 'System',
  tool: 'Tool',
};

export type MessageStatus = 'done' | 'streaming' | 'stopped' | 'error' | 'interrupted';

/** One part of a multi-part content array, kept as the provider sent it. */
export type ContentPart = { type: string } & Record<string, unknown>;

export type MessageContent = string | ContentPart[] | null;

export interface ToolCall {
  id: string;
  type: string;
  function: { name: string; arguments: string };
}

export interface Usage {
  prompt_tokens?: number;
  completion_tokens?: number;
  total_tokens?: number;
}

/** The OpenAI chat message fields, as sent to and received from a model. */
export interface ChatItem {
  role: Role;
  content: MessageContent;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
  name?: string;
}

export interface MessageRow extends ChatItem {
  id: string;
  sessionId: string;
  /** null at the root of the session's tree. */
  parentId: string | null;
  createdAt: number;
  status: MessageStatus;
  model?: string;
  /** The name of the provider whose model wrote this reply, as it was called then. */
  provider?: string;
  usage?: Usage;
  /** A plain-words description of what went wrong, for status 'error'. */
  error?: string;
  /** The reply failed because the chat is too long for its model. */
  tooLong?: boolean;
  /** Something the user should know about how the reply was made, e.g. a trimmed retry. */
  notice?: string;
  /**
   * The model's private reasoning before this reply, as an imported app recorded it. Kept and
   * exported with the reply, but never part of a request: it is not an OpenAI message field.
   */
  reasoning?: string;
  /** How long the model reasoned, in whole seconds, where that is known. */
  reasoningSeconds?: number;
  /** Set on a reply asked for as JSON; `problem` says how it isn't the JSON asked for. */
  json?: { problem?: string };
  /** The usage is Arbor's own count: the endpoint reported none. */
  usageIsEstimate?: boolean;
}

/**
 * The tokens a message takes in a request, by encoding: counted once, then kept. Derived from
 * the message, which never changes once it has ended: dropping a row only costs counting again.
 */
export interface TokenCountRow {
  /** The message's id. */
  id: string;
  sessionId: string;
  counts: Partial<Record<string, number>>;
}

/** How many times in one turn tools run before the model must answer, unless a chat says. */
export const DEFAULT_TOOL_STEPS = 10;

export interface SessionParams {
  temperature?: number;
  maxTokens?: number;
  maxTurns?: number;
  /** The model's context window in tokens, when the user sets it for this chat. */
  contextLimit?: number;
  /** Replies in JSON, matching `schema` when there is one; plain text when absent. */
  replyFormat?: JsonReplyFormat;
  /** How many times in one turn the model may have tools run before it must answer (default 10). */
  maxToolSteps?: number;
}

export interface JsonReplyFormat {
  type: 'json';
  /** A JSON Schema the reply must match. */
  schema?: Record<string, unknown>;
}

export interface ForkLink {
  sessionId: string;
  messageId: string;
  /** The source's title when the fork was made, so the link still reads well if the source is deleted. */
  title: string;
}

export interface SessionRow {
  id: string;
  title: string;
  /** True once the user renamed the session; the title is then never derived again. */
  titleIsCustom: boolean;
  createdAt: number;
  updatedAt: number;
  /** The provider the chat's next reply goes to; none for a chat that never had one (e.g. imported). */
  providerId?: string;
  model: string;
  systemPrompt: string;
  params: SessionParams;
  /** The newest message of the path on screen; null when the session is empty. */
  activeLeafId: string | null;
  forkedFrom?: ForkLink;
  /**
   * The MCP servers whose tools this chat offers the model, by id; absent means every enabled
   * server. Server addresses stay in settings: only these ids are kept with the chat.
   */
  toolServerIds?: string[];
  /** Pinned chats stay at the top of the list; absent means not pinned. */
  pinned?: boolean;
  /** The folder the chat is in; absent means none. */
  folderId?: string;
}

/** A named group of chats in the session list. Chats point at it by folderId. */
export interface FolderRow {
  id: string;
  title: string;
  createdAt: number;
  /** The list shows only the folder's header while collapsed. */
  collapsed: boolean;
}

/** A model an endpoint offers, with its context window where the endpoint's list tells it. */
export interface ProviderModel {
  id: string;
  contextLength?: number;
}

/** An OpenAI-compatible endpoint with its own key; a chat's replies go to one of them. */
export interface ProviderRow {
  id: string;
  name: string;
  /** The preset it was made from (lib/provider-presets), 'custom' for any other endpoint. */
  presetId: string;
  baseURL: string;
  /** Sent only to baseURL's server; never exported. */
  apiKey: string;
  /** What GET /models answered, newest fetch; empty when it listed none. */
  models: ProviderModel[];
  /** Why there is no model list, in plain words; absent when the list came back. */
  modelsNote?: string;
  /** Context windows the user set for some models, where what Arbor found was wrong. */
  windows?: Record<string, number>;
  createdAt: number;
}

/** Where a provider's requests go and the key they carry. */
export type Endpoint = Pick<ProviderRow, 'baseURL' | 'apiKey'>;
