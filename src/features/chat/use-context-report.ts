// The context report of the open chat, asked for again whenever what the next request would
// send changes: another message, another model or provider, other chat settings.
import { useEffect, useState } from 'react';
import type { MessageRow, SessionRow } from '../../db/types';
import { reportContext } from '../../engine/context-reports';
import type { ContextReport } from '../../engine/inspect-context';

const SETTLE_MS = 250;

export function useContextReport(
  session: SessionRow,
  path: readonly MessageRow[],
): ContextReport | undefined {
  const last = path.at(-1);
  const key = [
    session.id,
    session.activeLeafId,
    session.providerId,
    session.model,
    session.systemPrompt,
    JSON.stringify(session.params),
    last?.status,
  ].join('\n');
  const [report, setReport] = useState<{ key: string; report: ContextReport } | undefined>();

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      reportContext(session.id).then(
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
  }, [key, session.id]);

  // The last report stays on screen until the next one comes, so the line doesn't flicker.
  return report?.report;
}

/** "12 turns · 3,410 / 128,000 tokens", "≈" where the count is an estimate. */
export function contextSummary(report: ContextReport): string {
  if (report.kind !== 'plan') return '';
  const { plan, turns } = report;
  const about = plan.exact ? '' : '≈';
  const window = plan.window.tokens.toLocaleString('en');
  const turnWord = turns === 1 ? 'turn' : 'turns';
  const turnCount = turns.toLocaleString('en');
  if (!plan.fit.ok) return `${turnCount} ${turnWord} · too long for ${window} tokens`;
  return `${turnCount} ${turnWord} · ${about}${plan.fit.used.toLocaleString('en')} / ${window} tokens`;
}
