// "Summarize and continue": offered in the chat header, the Context dialog and a "too long"
// error. It asks the chat's model for a summary, then opens the new chat that starts from it;
// the chat summarized stays as it is.
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { summarizeAndContinue } from '../../engine/summaries';
import { reportFailure } from '../../store/report-failure';
import { useUi } from '../../store/ui';

export function SummarizeButton({
  sessionId,
  disabled = false,
  variant = 'ghost',
  className,
}: {
  sessionId: string;
  disabled?: boolean;
  variant?: 'ghost' | 'secondary';
  className?: string;
}) {
  const [working, setWorking] = useState(false);
  const run = () => {
    setWorking(true);
    summarizeAndContinue(sessionId)
      .then((id) => useUi.getState().openSession(id))
      .catch(reportFailure('Summarizing the chat'))
      .finally(() => setWorking(false));
  };
  return (
    <Button
      variant={variant}
      className={className}
      onClick={run}
      disabled={disabled || working}
      aria-busy={working}
    >
      {working ? 'Summarizing…' : 'Summarize and continue'}
    </Button>
  );
}
