// Choosing a result: its chat opens on the branch that holds the message (down to that branch's
// newest message), scrolled to the message, which is marked.
import { activateBranch } from '../../db/branch-repo';
import { reportFailure } from '../../store/report-failure';
import { useUi } from '../../store/ui';

export function openResult(sessionId: string, messageId: string): void {
  activateBranch(sessionId, messageId)
    .then(() => {
      const ui = useUi.getState();
      ui.openSession(sessionId);
      ui.focusMessage(messageId);
      ui.highlightMessage(messageId);
    })
    .catch(reportFailure('Opening the search result'));
}
