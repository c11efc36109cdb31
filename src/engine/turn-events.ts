// What the page asks of a turn and what the turn reports back while it runs in the reply
// worker.
import type { ReplyOutcome } from '../db/messages-repo';
import type { FunctionTool } from '../llm/stream-chat';

export interface TurnRequest {
  sessionId: string;
  /** The empty reply this step streams into, already stored. */
  assistantId: string;
  /** The chat's tools, offered to the model. */
  tools?: FunctionTool[];
  /** Said on the reply, e.g. that a server's tools could not be offered. */
  notice?: string;
}

export type TurnEvent =
  /** Text added to a message of the turn since the last event; the page puts it together. */
  | { type: 'text'; messageId: string; added: string }
  /** Reasoning added to a message of the turn since the last event. */
  | { type: 'reasoning'; messageId: string; added: string }
  /** Writing the streamed text failed (a full disk, say); sent once per turn. */
  | { type: 'save-failed' }
  /** The reply arrived but could not be stored: the page keeps it until it can be. */
  | { type: 'unsaved'; messageId: string; outcome: ReplyOutcome };
