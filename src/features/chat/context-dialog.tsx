// "Context": exactly what the chat's next request sends. Each message with its token count,
// what is left out and why, and the totals against the model's window.
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { inputClass } from '../../components/ui/field';
import { setModelWindow } from '../../db/providers-repo';
import { reportFailure } from '../../store/report-failure';
import { Dialog } from '../../components/ui/dialog';
import { ROLE_NAMES } from '../../db/types';
import { formatCount } from '../../lib/format-count';
import {
  leavesOut,
  type ContextOverview,
  type ContextReport,
  type ListedMessage,
} from '../../engine/inspect-context';
import type { WindowSource } from '../../llm/context-window';
import { SummarizeButton } from './summarize-button';

const SOURCES: Record<WindowSource, string> = {
  chat: "this chat's context limit",
  model: 'your setting for this model',
  endpoint: "the endpoint's model list",
  known: "Arbor's table of well-known models",
  default: 'the default, as nothing else said: set a context limit in Chat settings',
  server: "the server's own answer",
};

const REASONS = {
  'max-turns': "left out: older than this chat's max turns",
  window: "left out: doesn't fit in the window",
} as const;

export function ContextDialog({
  sessionId,
  report,
  onClose,
}: {
  sessionId: string;
  report: ContextReport | undefined;
  onClose: () => void;
}) {
  const leftOut = report?.kind === 'plan' && leavesOut(report.plan);
  return (
    <Dialog title="Context" open onClose={onClose}>
      {report === undefined && <p className="text-sm text-stone-600">Counting…</p>}
      {report?.kind === 'unset' && <p className="text-sm text-stone-700">{report.message}</p>}
      {report?.kind === 'gone' && <p className="text-sm text-stone-700">This chat was deleted.</p>}
      {report?.kind === 'plan' && <PlanView plan={report.plan} />}
      <div className="mt-4 flex items-center justify-end gap-2">
        {leftOut && (
          <p className="mr-auto text-xs text-stone-600">
            Older messages are left out. A summary keeps what matters in a new chat.
          </p>
        )}
        {report?.kind === 'plan' && report.plan.messageCount > 0 && (
          <SummarizeButton sessionId={sessionId} variant={leftOut ? 'secondary' : 'ghost'} />
        )}
        <Button onClick={onClose}>Close</Button>
      </div>
    </Dialog>
  );
}

function PlanView({ plan }: { plan: ContextOverview }) {
  const { fit, newest, messageCount, sentCount } = plan;
  const unlisted = messageCount - newest.length;
  const unlistedLeftOut = messageCount - sentCount - newest.filter((m) => !m.sent).length;
  return (
    <div className="text-sm">
      <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-stone-700">
        <dt className="font-medium">Model</dt>
        <dd>
          {plan.model} · {plan.provider}
        </dd>
        <dt className="font-medium">Window</dt>
        <dd>
          <WindowRow plan={plan} />
        </dd>
        <dt className="font-medium">Kept free</dt>
        <dd>
          {formatCount(plan.replyReserve)} for the reply, {formatCount(plan.margin)} as a margin
        </dd>
        <dt className="font-medium">Sent</dt>
        <dd>
          {fit.ok
            ? `${formatCount(fit.used)} of ${formatCount(fit.budget)} tokens: ${formatCount(sentCount)} of ${formatCount(messageCount)} messages${alsoSent(plan)}`
            : `Nothing: the newest message needs ${formatCount(fit.needed)} tokens and ${formatCount(fit.budget)} are free.`}
        </dd>
        <dt className="font-medium">Counted with</dt>
        <dd>
          {plan.encoding}
          {plan.exact ? '' : ` (an estimate: ${plan.model}'s own tokenizer is not public)`}
        </dd>
      </dl>
      <p className="mb-2 text-xs text-stone-500">
        Your next message goes after these, newest first.
      </p>
      <ol
        aria-label="Messages sent"
        className="max-h-80 overflow-y-auto rounded-md border border-stone-200"
      >
        {newest.map((m) => (
          <PlannedRow key={m.id} message={m} />
        ))}
        {plan.systemTokens > 0 && (
          <li className="flex gap-2 border-t border-stone-100 px-2 py-1">
            <span className="w-20 shrink-0 font-medium">System</span>
            <span className="min-w-0 flex-1 truncate text-stone-600">System prompt</span>
            <span className="shrink-0 tabular-nums">{formatCount(plan.systemTokens)}</span>
          </li>
        )}
        {plan.toolTokens > 0 && (
          <li className="flex gap-2 border-t border-stone-100 px-2 py-1">
            <span className="w-20 shrink-0 font-medium">Tools</span>
            <span
              className="min-w-0 flex-1 truncate text-stone-600"
              title="Their names, descriptions and parameters, sent with every request"
            >
              Offered to the model
            </span>
            <span className="shrink-0 tabular-nums">{formatCount(plan.toolTokens)}</span>
          </li>
        )}
      </ol>
      {unlisted > 0 && (
        <p className="mt-1 text-xs text-stone-500">
          And {formatCount(unlisted)} older messages
          {unlistedLeftOut === unlisted
            ? ', left out'
            : unlistedLeftOut > 0
              ? `, ${formatCount(unlistedLeftOut)} of them left out`
              : ''}
          .
        </p>
      )}
    </div>
  );
}

/** ", with the system prompt", ", with the tools offered", both, or nothing. */
function alsoSent(plan: ContextOverview): string {
  const also = [
    plan.systemTokens > 0 ? 'the system prompt' : '',
    plan.toolTokens > 0 ? 'the tools offered' : '',
  ].filter(Boolean);
  return also.length > 0 ? `, with ${also.join(' and ')}` : '';
}

function PlannedRow({ message }: { message: ListedMessage }) {
  return (
    <li
      aria-label={`${ROLE_NAMES[message.role]}, ${message.tokens} tokens${message.sent ? '' : `, ${message.reason ? REASONS[message.reason] : 'left out'}`}`}
      className={`flex gap-2 border-t border-stone-100 px-2 py-1 first:border-t-0 ${message.sent ? '' : 'text-stone-400'}`}
    >
      <span className="w-20 shrink-0 font-medium">{ROLE_NAMES[message.role]}</span>
      <span className="min-w-0 flex-1 truncate" title={message.preview}>
        {message.preview}
        {!message.sent && message.reason && (
          <span className="ml-2 text-xs italic">({REASONS[message.reason]})</span>
        )}
      </span>
      <span className="shrink-0 tabular-nums">{formatCount(message.tokens)}</span>
    </li>
  );
}

const MIN_WINDOW = 256;

/** The window and where it came from, with a way to correct it for the model. */
function WindowRow({ plan }: { plan: ContextOverview }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(String(plan.window.tokens));
  const [problem, setProblem] = useState('');
  const save = (tokens: number | undefined) => {
    setModelWindow(plan.providerId, plan.model, tokens)
      .then(() => setEditing(false))
      .catch(reportFailure('Saving the window'));
  };
  const submit = () => {
    const tokens = Number(text.trim());
    if (!Number.isInteger(tokens) || tokens < MIN_WINDOW) {
      setProblem(`The window must be a whole number of tokens, ${MIN_WINDOW} or more.`);
      return;
    }
    save(tokens);
  };

  if (!editing) {
    return (
      <>
        {formatCount(plan.window.tokens)} tokens, from {SOURCES[plan.window.source]}{' '}
        <Button variant="ghost" className="px-1.5 py-0 text-xs" onClick={() => setEditing(true)}>
          Correct
        </Button>
      </>
    );
  }
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label className="flex items-center gap-2">
        <span>Window of {plan.model}</span>
        <input
          className={`${inputClass} w-28`}
          inputMode="numeric"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <Button type="submit" variant="primary" className="px-2 py-0.5 text-xs">
        Save
      </Button>
      {plan.window.source === 'model' && (
        <Button className="px-2 py-0.5 text-xs" onClick={() => save(undefined)}>
          Use what Arbor found
        </Button>
      )}
      <Button variant="ghost" className="px-2 py-0.5 text-xs" onClick={() => setEditing(false)}>
        Cancel
      </Button>
      {problem && (
        <p role="alert" className="w-full text-xs text-red-700">
          {problem}
        </p>
      )}
      <p className="w-full text-xs text-stone-500">
        For every chat with {plan.model} on {plan.provider}, unless a chat sets its own limit.
      </p>
    </form>
  );
}
