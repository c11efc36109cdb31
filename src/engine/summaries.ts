// The page's side of "Summarize and continue": the summary is asked for and stored in a reply
// worker of its own, so a long chat is read and counted away from the page.
import { runInWorker } from '../workers/clients';

/** Resolves with the id of the new chat that starts from the summary. */
export function summarizeAndContinue(sessionId: string): Promise<string> {
  return runInWorker('reply', (worker) => worker.call('summarize', { sessionId }));
}
