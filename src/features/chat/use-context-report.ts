// The context report of the open chat, asked for again whenever what the next request would
// send changes: another message, another model or provider, other chat settings. Not while a
// reply streams: the last report stays on screen until the reply has ended.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useEffectEvent, useState } from 'react';
import { listMcpServers } from '../../db/mcp-servers-repo';
import { readProvider } from '../../db/queries';
import type { MessageRow, SessionRow } from '../../db/types';
import { reportContext } from '../../engine/context-reports';
import type { ContextReport } from '../../engine/inspect-context';
import { formatCount } from '../../lib/format-count';

const SETTLE_MS = 250;

export function useContextReport(
  session: SessionRow,
  path: readonly MessageRow[],
): ContextReport | undefined {
  const last = path.at(-1);
  // A window the user corrects for the model changes the plan without touching the chat.
  const corrected = useLiveQuery(
    async () =>
      session.providerId
        ? (await readProvider(session.providerId))?.windows?.[session.model]
        : undefined,
    [session.providerId, session.model],
  );
  // The tools offered count too: a server or tool turned on or off changes the request.
  const servers = useLiveQuery(listMcpServers);
  const toolSetup = JSON.stringify(servers?.map((s) => [s.id, s.enabled, s.disabledTools]) ?? []);
  const key = [
    session.id,
    session.activeLeafId,
    session.providerId,
    session.model,
    session.systemPrompt,
    JSON.stringify(session.params),
    JSON.stringify(session.toolServerIds),
    toolSetup,
    last?.status,
    last?.usage?.total_tokens,
    corrected,
  ].join('\n');
  const [report, setReport] = useState<{ key: string; report: ContextReport } | undefined>();

  // While a reply streams, the next request can't be known yet, and counting would compete with
  // the reply worker for the disk and the CPU just as the request is being sent.
  const streaming = last?.status === 'streaming';

  // The chat as it is when the report is asked for; the key says when that is.
  const askForReport = useEffectEvent(() => reportContext(session));

  useEffect(() => {
    if (streaming) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      askForReport().then(
        (next) => {
          if (!cancelled) setReport({ key, report: next });
        },
        (error: unknown) => console.error('Counting the context failed', error),
      );
    }, SETTLE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [key, streaming]);

  // The last report stays on screen until the next one comes, so the line doesn't flicker.
  return report?.report;
}

/**
 * "12 turns · 3,410 / 128,000 tokens · 25,002 tokens used", "≈" where a count is an estimate.
 */
export function contextSummary(report: ContextReport): string {
  const figures = contextFigures(report);
  if (!figures) return '';
  return [figures.turns, figures.tokens, figures.used].filter(Boolean).join(' · ');
}

/**
 * "12 turns", "3,410 / 128,000 tokens" and "25,002 tokens used" (empty before any reply
 * reported usage) apart, for the status line and /status.
 */
export function contextFigures(
  report: ContextReport,
): { turns: string; tokens: string; used: string } | null {
  if (report.kind !== 'plan') return null;
  const { plan, turns, usage } = report;
  const about = plan.exact ? '' : '≈';
  const window = formatCount(plan.window.tokens);
  const turnWord = turns === 1 ? 'turn' : 'turns';
  return {
    turns: `${formatCount(turns)} ${turnWord}`,
    tokens: plan.fit.ok
      ? `${about}${formatCount(plan.fit.used)} / ${window} tokens`
      : `too long for ${window} tokens`,
    used:
      usage.tokens > 0
        ? `${usage.estimated ? '≈' : ''}${formatCount(usage.tokens)} tokens used`
        : '',
  };
}
