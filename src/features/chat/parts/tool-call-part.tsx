// A tool call the model asked for, as a card: the tool, its server when Arbor knows it, and the
// arguments (formatted when they are JSON, as sent when not). While the call waits for the user
// it offers Run and Deny, "Always allow this tool", and Run all when the reply asked for several.
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import type { ToolCall } from '../../../db/types';
import { approvalSelectors, useToolApprovals } from '../../../engine/tool-approvals';
import { serverOffering, useServerStatus } from '../../../tools/connections';
import { denyToolCall, runToolCall } from '../chat-actions';
import { formattedJson } from './format-json';

export function ToolCallPart({ call, messageId }: { call: ToolCall; messageId: string }) {
  const pending = useToolApprovals(approvalSelectors.callState(call.id));
  // A call that isn't running now is named by the connected server that offers its tool.
  const offeredBy = useServerStatus((s) => serverOffering(s.byId, call.function.name));
  const waiting = useToolApprovals(approvalSelectors.waitingIn(messageId));
  const [always, setAlways] = useState(false);
  const name = call.function.name;
  const waitingIds = waiting.split(' ').filter(Boolean);
  return (
    <article
      aria-label={`tool call ${name}`}
      className="mt-2 rounded border border-stone-200 bg-stone-50 p-2 text-xs"
    >
      <header className="mb-1 font-semibold text-stone-600">
        Tool call: <code>{name}</code>
        {(pending?.serverName ?? offeredBy) && (
          <span className="font-normal text-stone-500"> · {pending?.serverName ?? offeredBy}</span>
        )}
      </header>
      <pre className="overflow-x-auto whitespace-pre-wrap">
        {formattedJson(call.function.arguments) ?? call.function.arguments}
      </pre>
      {pending?.state === 'running' && (
        <p role="status" className="mt-1 animate-pulse text-stone-500">
          Running…
        </p>
      )}
      {pending?.state === 'waiting' && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <Button variant="primary" onClick={() => runToolCall(call.id, always)}>
            Run
          </Button>
          <Button onClick={() => denyToolCall(call.id)}>Deny</Button>
          <label className="flex items-center gap-1 text-stone-600">
            <input type="checkbox" checked={always} onChange={(e) => setAlways(e.target.checked)} />
            Always allow this tool
          </label>
          {waitingIds.length > 1 && waitingIds[0] === call.id && (
            <Button
              className="ml-auto"
              onClick={() => waitingIds.forEach((id) => runToolCall(id, false))}
            >
              Run all {waitingIds.length}
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
