// Tool calls waiting for the user, and those running: what the call cards show. The tool loop
// asks and waits; a card's Run or Deny answers.
import { create } from 'zustand';

export interface Decision {
  run: boolean;
  /** Run this tool without asking from now on. */
  always: boolean;
}

const DENIED: Decision = { run: false, always: false };

export interface PendingCall {
  /** The reply that asked for the call. */
  messageId: string;
  serverName: string;
  state: 'waiting' | 'running';
}

interface ApprovalState {
  byCallId: Record<string, PendingCall>;
}

export const useToolApprovals = create<ApprovalState>()(() => ({ byCallId: {} }));

const deciders = new Map<string, (decision: Decision) => void>();

function setCall(callId: string, call: PendingCall | undefined): void {
  useToolApprovals.setState((s) => {
    const { [callId]: _old, ...rest } = s.byCallId;
    return { byCallId: call ? { ...rest, [callId]: call } : rest };
  });
}

/** Shows the call as waiting and resolves with the user's decision; a Stop denies it. */
export function askToRun(
  callId: string,
  call: Omit<PendingCall, 'state'>,
  signal: AbortSignal,
): Promise<Decision> {
  setCall(callId, { ...call, state: 'waiting' });
  return new Promise<Decision>((resolve) => {
    const decide = (decision: Decision) => {
      deciders.delete(callId);
      signal.removeEventListener('abort', onAbort);
      resolve(decision);
    };
    const onAbort = () => decide(DENIED);
    deciders.set(callId, decide);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** The user's answer to a waiting call. */
export function decideToolCall(callId: string, decision: Decision): void {
  deciders.get(callId)?.(decision);
}

export function showRunning(callId: string, call: Omit<PendingCall, 'state'>): void {
  setCall(callId, { ...call, state: 'running' });
}

export function forgetCall(callId: string): void {
  setCall(callId, undefined);
}

export const approvalSelectors = {
  callState: (callId: string) => (s: ApprovalState) => s.byCallId[callId],
  /** The calls of a reply waiting for the user. */
  waitingIn: (messageId: string) => (s: ApprovalState) =>
    Object.entries(s.byCallId)
      .filter(([, c]) => c.messageId === messageId && c.state === 'waiting')
      .map(([id]) => id)
      .join(' '),
};
